import Testing
import ArabicText

@Suite struct TokenInternerTests {
    @Test func givesEqualTokensEqualIdsAndNewTokensTheNextId() {
        var interner = TokenInterner()
        #expect(interner.intern(["the", "cat", "the", "بغداد", "", "cat"]) == [0, 1, 0, 2, 3, 1])
        #expect(interner.vocabularySize == 4)
    }

    /// Thousands of tokens force the table to grow several times; ids stay dense and stable.
    @Test func keepsIdsAcrossGrowth() {
        var interner = TokenInterner()
        let words = (0..<5_000).map { "w\($0)" }
        #expect(interner.intern(words) == (0..<5_000).map(Int32.init))
        #expect(interner.intern(words.reversed()) == (0..<5_000).reversed().map(Int32.init))
        #expect(interner.vocabularySize == 5_000)
    }

    /// Look-ups find what was interned, and only that.
    @Test func looksUpWithoutInterning() {
        var interner = TokenInterner()
        _ = interner.intern(["في", "من"])
        #expect(Array("من".utf8).withUnsafeBufferPointer { interner.id(of: $0) } == 1)
        #expect(Array("على".utf8).withUnsafeBufferPointer { interner.id(of: $0) } == nil)
        #expect(interner.vocabularySize == 2)
    }
}
