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

    /// Tokens are hashed and compared eight bytes at a time with the tail read in one go:
    /// tokens of every length up to 24 bytes, each prefix of the next, and one variant of each
    /// that differs in a single byte at each place, all get ids of their own, which look-ups
    /// and a second interning find again.
    @Test func tellsApartTokensThatDifferInOneByteAnywhere() {
        let base = Array("والمفاوضاتxyz0123456789".utf8)  // 33 bytes
        var tokens: [[UInt8]] = []
        for length in 0...24 {
            let token = Array(base[0..<length])
            tokens.append(token)
            for place in 0..<length {
                var variant = token
                variant[place] ^= 0x01
                tokens.append(variant)
            }
        }
        // No two equal: each variant differs from its token and from every token of another length.
        #expect(Set(tokens).count == tokens.count)
        var interner = TokenInterner()
        let ids = tokens.map { token in token.withUnsafeBufferPointer { interner.intern($0) } }
        #expect(ids == (0..<Int32(tokens.count)).map { $0 })
        #expect(tokens.map { token in token.withUnsafeBufferPointer { interner.id(of: $0) } } == ids.map { Optional($0) })
        #expect(tokens.map { token in token.withUnsafeBufferPointer { interner.intern($0) } } == ids)
        #expect(Array("and".utf8).withUnsafeBufferPointer { interner.id(of: $0) } == nil)
    }
}
