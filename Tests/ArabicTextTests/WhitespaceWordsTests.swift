import Testing
@testable import ArabicText

/// Words are runs of anything but Unicode's White_Space; the UTF-8 walk must agree with the
/// standard library's property look-up on every scalar and on mixed texts.
@Suite struct WhitespaceWordsTests {
    @Test func countsWordsByHand() {
        // Two spaces, a tab and a line feed between four words; a trailing stop is part of a word.
        #expect(WhitespaceWords.count(in: "أقر  المجلس\tالموازنة،\nأمس.") == 4)
        #expect(WhitespaceWords.count(in: "") == 0)
        #expect(WhitespaceWords.count(in: "   \n\t ") == 0)
        // A no-break space, an ideographic space and a line separator separate; a zero-width
        // joiner and a tatweel do not.
        #expect(WhitespaceWords.count(in: "كلمة\u{00A0}أخرى\u{3000}ثالثة\u{2028}رابعة") == 4)
        #expect(WhitespaceWords.count(in: "لا\u{200D}ـكلمة") == 1)
        #expect(WhitespaceWords.count(in: " one 😀 two ") == 3)
    }

    @Test func isSpaceIsUnicodesWhiteSpaceOnEveryScalarOfTheBasicPlane() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if WhitespaceWords.isSpace(scalar) != scalar.properties.isWhitespace { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
    }

    @Test func theUTF8WalkAgreesWithTheScalarProperty() {
        let pieces = ["كلمة", " ", "  ", "\t", "\n", "\u{00A0}", "\u{2003}", "word", "😀", "ـ", "\u{0085}", "x", "\u{3000}", "،",
                      "—", "\u{2029}", "\u{3001}", "\u{1681}", "\u{00A9}", "\u{205F}"]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int(generator.next() % 30) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            var expected = 0
            var inWord = false
            for scalar in text.unicodeScalars {
                let space = scalar.properties.isWhitespace
                if !space && !inWord { expected += 1 }
                inWord = !space
            }
            #expect(WhitespaceWords.count(in: text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
