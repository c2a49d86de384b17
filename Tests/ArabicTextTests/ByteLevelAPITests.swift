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

    /// The scalar count reads eight bytes at a time: every length and starting offset around
    /// the eight-byte blocks, with scalars of one to four bytes, against the standard library.
    @Test func scalarCountAgreesWithTheStandardLibrary() {
        let scalars: [Unicode.Scalar] = ["a", " ", "\u{7F}", "\u{80}", "\u{627}", "\u{6FF}", "\u{7FF}", "\u{800}", "\u{FEFB}",
                                         "\u{FFFF}", "\u{10000}", "\u{1F600}", "\u{10FFFF}"]
        var generator = SystemRandomNumberGenerator()
        for length in 0..<40 {
            for _ in 0..<20 {
                var text = String.UnicodeScalarView()
                for _ in 0..<length { text.append(scalars[Int.random(in: 0..<scalars.count, using: &generator)]) }
                let string = String(text)
                let bytes = Array(string.utf8)
                for offset in 0..<min(9, bytes.count + 1) {
                    // Only offsets that start a scalar: the rest is valid UTF-8 then.
                    guard offset == bytes.count || bytes[offset] & 0xC0 != 0x80 else { continue }
                    let expected = String(decoding: bytes[offset...], as: UTF8.self).unicodeScalars.count
                    let counted = bytes.withUnsafeBufferPointer { scalarCount(ofUTF8: UnsafeBufferPointer(rebasing: $0[offset...])) }
                    #expect(counted == expected, "\(bytes[offset...].map { String($0, radix: 16) })")
                }
            }
        }
    }

    /// The bit sets of the Arabic block agree with the classifiers' code point ranges, scalar
    /// by scalar; the classifiers (sets inside the block, ranges outside) agree with the ranges
    /// on every scalar below U+10000; the offset is read from a scalar's UTF-8 bytes.
    @Test func arabicBlockSetsMatchTheCodePointRanges() {
        for offset in 0..<256 {
            let value = 0x0600 + UInt32(offset)
            #expect(ArabicBlockSet.wordScalars.contains(offset) == ScalarClass.isArabicWordScalarByRanges(value), "U+\(String(value, radix: 16))")
            #expect(ArabicBlockSet.letters.contains(offset) == ScalarClass.isArabicLetterByRanges(value), "U+\(String(value, radix: 16))")
            let bytes = Array(String(Character(Unicode.Scalar(value)!)).utf8)
            #expect(bytes.count == 2 && ArabicBlockSet.offset(lead: bytes[0], trail: bytes[1]) == offset)
        }
        var disagreements: [UInt32] = []
        for value in UInt32(0)..<0x10000 where ScalarClass.isArabicLetter(value) != ScalarClass.isArabicLetterByRanges(value)
            || ScalarClass.isArabicWordScalar(value) != ScalarClass.isArabicWordScalarByRanges(value)
        {
            disagreements.append(value)
        }
        #expect(disagreements.isEmpty)
    }
}
