import ArabicText
import Testing
@testable import Evaluation

@Suite struct ByteTokenInterningTests {
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
