import Testing
@testable import Evaluation

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

    /// The byte tokenizer path and the String path give the same ids.
    @Test func internsTokenBytesAsTheirStrings() {
        var scanned = TokenBytes()
        EnglishRougeTokenizer(stemming: false).scan("The U.N. envoy's TALKS\nresumed", into: &scanned)
        #expect(scanned.lineBreaks == [6])
        var interner = TokenInterner()
        let ids = scanned.bytes.withUnsafeBufferPointer { bytes in
            scanned.ends.indices.map { interner.intern(UnsafeBufferPointer(rebasing: bytes[scanned.range(of: $0)])) }
        }
        var strings = TokenInterner()
        #expect(ids == strings.intern(["the", "u", "n", "envoy", "s", "talks", "resumed"]))
    }
}
