import Testing
@testable import ArabicText

/// The byte-level entry points the term matcher uses agree with the string-level ones.
@Suite struct ByteLevelAPITests {
    static let samples = [
        "وللعراق", "ببغدادَ وAH-64", "الـ10 من نيسان", "حكومتها الجديدة", "انسحاباً", "ﻻ إله", "U.S. و CNN",
        "المنطقة.قائد", "", "٢٠٢٤ م.",
    ]

    @Test func cutsOfAWordWithTheArticleAfterTwoProclitics() {
        // "وللعراق": و (2 bytes), ل (2), ل (2), عراق (8) — counted by hand.
        var key = "وللعراق"
        var cuts: [CliticCut] = []
        key.withUTF8 { CliticAnalyzer().cuts(ofKey: $0, into: &cuts) }
        let points = cuts.map { [$0.prefixEnd, $0.stemStart, $0.stemEnd] }
        #expect(points == [[0, 0, 14], [2, 2, 14], [4, 4, 14], [4, 6, 14]])
        #expect(cuts.map(\.hasArticle) == [false, false, false, true])
        #expect(cuts.last?.stemLength == 4)
    }

    @Test(arguments: samples)
    func normalisingIntoBuffersGivesTheSameTextAndOrigins(text: String) {
        var bytes: [UInt8] = [1, 2, 3]  // reused buffers start dirty
        var origins: [Int32] = [9]
        Normalizer.matchingKey.normalize(text, into: &bytes, origins: &origins)
        let reference = Normalizer.matchingKey.normalize(text)
        #expect(String(decoding: bytes, as: UTF8.self) == reference.text)
        #expect(origins == reference.origins)
    }

    @Test(arguments: samples)
    func scanningBytesGivesTheSameTokens(text: String) {
        let key = Normalizer.matchingKey.key(text)
        var fromString: [String] = []
        Tokenizer().scan(key) { kind, bytes, scalars in
            fromString.append("\(kind) \(String(decoding: bytes, as: UTF8.self)) \(scalars)")
        }
        var fromBytes: [String] = []
        var copy = key
        copy.withUTF8 { buffer in
            Tokenizer().scan(utf8: buffer) { kind, byteRange, scalars in
                fromBytes.append("\(kind) \(String(decoding: UnsafeBufferPointer(rebasing: buffer[byteRange]), as: UTF8.self)) \(scalars)")
            }
        }
        #expect(fromBytes == fromString)
    }
}
