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

    /// A sink that interns, as the scorer's does, and records line breaks.
    struct RecordingSink: TokenSink {
        var interner = TokenInterner()
        var ids: [Int32] = []
        var lineBreaks: [Int] = []
        mutating func token(_ bytes: UnsafeBufferPointer<UInt8>) { ids.append(interner.intern(bytes)) }
        mutating func lineBreak() { lineBreaks.append(ids.count) }
    }

    /// The byte path (tokens straight from the text, or lowercased in a scratch copy) and the
    /// String path give the same ids; a line feed is a break between tokens. İ lowercases to
    /// i and a combining dot, which separates tokens, as in Python.
    @Test func internsTokenBytesAsTheirStrings() {
        var sink = RecordingSink()
        EnglishRougeTokenizer(stemming: false).scan("The U.N. envoy's TALKS\nresumed, MixedCase İstanbul", into: &sink)
        #expect(sink.lineBreaks == [6])
        var strings = TokenInterner()
        #expect(sink.ids == strings.intern(["the", "u", "n", "envoy", "s", "talks", "resumed", "mixedcase", "i", "stanbul"]))
    }
}
