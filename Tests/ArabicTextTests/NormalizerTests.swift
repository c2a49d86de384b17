import ArabicText
import Testing
@testable import ArabicText

@Suite struct NormalizerTests {
    /// One row per rule: input, level, expected output (worked out by hand from the rule).
    static let rules: [(String, NormalizationOptions, String, String)] = [
        ("tatweel", .display, "جـــديد", "جديد"),
        ("lam-alef ligature", .display, "\u{FEFB}", "لا"),
        ("initial beh presentation form", .display, "\u{FE91}\u{FEE8}\u{FEAA}", "بند"),
        ("full-width digits", .display, "\u{FF11}\u{FF12}", "12"),
        ("zero-width non-joiner", .display, "ال\u{200C}عراق", "العراق"),
        ("right-to-left mark", .display, "\u{200F}نص", "نص"),
        ("byte-order mark", .display, "\u{FEFF}خبر", "خبر"),
        ("space run", .display, "قال  \t  الوزير", "قال الوزير"),
        ("no-break space", .display, "قال\u{00A0}الوزير", "قال الوزير"),
        ("line breaks kept", .display, "سطر\n\nسطر", "سطر\n\nسطر"),
        ("display keeps diacritics", .display, "حسَن", "حسَن"),
        ("display keeps hamza forms", .display, "أإآ", "أإآ"),
        ("display keeps digits", .display, "٢٠٢٠", "٢٠٢٠"),
        ("fatha", .matchingKey, "حسَن", "حسن"),
        ("tanween fath", .matchingKey, "انسحاباً", "انسحابا"),
        ("shadda and taa marbuta", .matchingKey, "معيَّنة", "معينه"),
        ("superscript alef", .matchingKey, "هٰذا", "هذا"),
        ("alef forms", .matchingKey, "أإآٱ", "اااا"),
        ("alef maqsura", .matchingKey, "مستشفى", "مستشفي"),
        ("taa marbuta", .matchingKey, "رسالة", "رساله"),
        ("Arabic-Indic digits", .matchingKey, "٢٠٢٠", "2020"),
        ("Persian digits", .matchingKey, "۱۲", "12"),
        ("Latin case", .matchingKey, "CNN UH-60", "cnn uh-60"),
        ("Latin-1 case", .matchingKey, "ÉTÉ", "été"),
        ("ligature then alef form", .matchingKey, "\u{FEF7}", "لا"),
    ]

    @Test(arguments: rules)
    func appliesEachRule(_ rule: (String, NormalizationOptions, String, String)) {
        let (name, options, input, expected) = rule
        #expect(Normalizer(options).key(input) == expected, "\(name)")
        #expect(Normalizer(options).normalize(input).text == expected, "\(name)")
    }

    @Test func mapsEveryNormalisedScalarBackToItsOrigin() {
        let input = "الأمريكيّة  ﻻ"
        let normalized = Normalizer.matchingKey.normalize(input)
        #expect(normalized.text == "الامريكيه لا")
        // ال ا م ر ي ك ي (ّ dropped) ة, space (second space dropped), ﻻ → ل ا
        #expect(normalized.origins == [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 12, 12, 13])
        // The word without its diacritics maps back to the word with them.
        #expect(normalized.originalRange(of: 0..<9) == 0..<10)
        // Half of a ligature maps back to the whole ligature.
        #expect(normalized.originalRange(of: 10..<11) == 12..<13)
    }

    @Test func keepsTheDiacriticsOfALastLetterInsideTheWord() {
        let input = "انسحاباً نهائياً"
        let normalized = Normalizer.matchingKey.normalize(input)
        let first = normalized.originalRange(of: 0..<7)
        #expect(slice(input, first) == "انسحاباً")
    }

    /// Every scalar of the Arabic block, inside a word and after a space, normalises as `fold`
    /// (the scalar-by-scalar rules) says: the table the text path uses for the block agrees.
    @Test func theArabicBlockNormalisesAsTheScalarRulesSay() {
        for level in [Normalizer.display, Normalizer.matchingKey, Normalizer(.diacritics)] {
            for value in UInt32(0x0600)...0x06FF {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let folded = String(String.UnicodeScalarView(level.fold(scalar) ?? []))
                #expect(level.key("ب\(scalar)ب") == "ب\(folded)ب", "U+\(String(value, radix: 16))")
                #expect(level.normalize("x \(scalar)").text == "x " + folded, "U+\(String(value, radix: 16))")
            }
        }
    }

    /// The start of a key (`key(_:into:atLeast:)`) is the whole key's first bytes, at least as
    /// many as asked for: over diacritics, space runs, ligatures and Latin case, and every
    /// length from nothing to past the end.
    @Test func theStartOfAKeyIsTheKeysFirstBytes() {
        for input in ["الكَلِمَاتُ   المِفْتَاحِيَّةُ: العراق.", "\u{FEFB}\u{FEF7} TAGS:  x", "  نص", ""] {
            let whole = Array(Normalizer.matchingKey.key(input).utf8)
            var start: [UInt8] = [0xFF]
            for length in 0...(whole.count + 2) {
                Normalizer.matchingKey.key(input, into: &start, atLeast: length)
                #expect(whole.starts(with: start), "\(input), \(length)")
                #expect(start.count >= min(length, whole.count), "\(input), \(length)")
            }
            // Normalising stops soon after the length asked for: a ligature is the most one
            // scalar adds.
            Normalizer.matchingKey.key(input, into: &start, atLeast: 4)
            #expect(start.count <= min(whole.count, 4 + 4), "\(input)")
        }
    }

    @Test func foldsSingleScalars() {
        #expect(Normalizer.matchingKey.fold("أ") == ["ا"])
        #expect(Normalizer.matchingKey.fold("\u{064E}") == nil)
        #expect(Normalizer.display.fold("\u{FEFB}") == ["ل", "ا"])
    }
}

@Suite struct NormalizerPropertyTests {
    static let alphabet: [String] = [
        "ا", "أ", "إ", "آ", "ٱ", "ب", "ت", "ة", "ه", "ى", "ي", "و", "ؤ", "ئ", "ء", "ل", "م", "ن", "ع", "ق",
        "\u{064E}", "\u{064B}", "\u{0651}", "\u{0652}", "\u{0670}", "ـ", " ", "  ", "\t", "\n", "\u{00A0}",
        "\u{200C}", "\u{200F}", "\u{FEFF}", "A", "b", "Z", "3", "٣", "۷", ".", "،", "-", "\u{FEFB}", "\u{FE91}",
        "\u{FF21}", "é", "\u{0301}", "😀",
    ]

    /// Deterministic pseudo-random strings (SplitMix64), so a failure can be replayed.
    static func generatedStrings(count: Int, seed: UInt64 = 2024) -> [String] {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return (0..<count).map { _ in
            let length = Int(next() % 40)
            return (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }.joined()
        }
    }

    static var samples: [String] { generatedStrings(count: 3000) + Fixtures.realLines() }

    @Test func normalisingTwiceChangesNothing() {
        for level in [Normalizer.display, Normalizer.matchingKey] {
            for text in Self.samples {
                let once = level.key(text)
                #expect(level.key(once) == once, "not idempotent: \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test func everyOffsetMapsInsideTheOriginal() {
        for level in [Normalizer.display, Normalizer.matchingKey] {
            for text in Self.samples {
                let normalized = level.normalize(text)
                let count = text.unicodeScalars.count
                #expect(normalized.origins.count == normalized.text.unicodeScalars.count + 1)
                #expect(normalized.origins.last.map(Int.init) == count)
                #expect(zip(normalized.origins, normalized.origins.dropFirst()).allSatisfy { $0 <= $1 })
                #expect(normalized.origins.dropLast().allSatisfy { $0 >= 0 && Int($0) < count })
                // Every normalised scalar comes from the original scalar it points at.
                let original = Array(text.unicodeScalars)
                for (index, scalar) in normalized.text.unicodeScalars.enumerated() {
                    let source = original[Int(normalized.origins[index])]
                    let folded = level.fold(source) ?? []
                    #expect(folded.contains(scalar) || scalar == " ", "\(scalar) does not come from \(source)")
                }
            }
        }
    }

    /// A long text (the normaliser writes through buffers of a few hundred bytes, so every
    /// scalar lands, somewhere, on a buffer's edge) normalises scalar by scalar: with no two
    /// white-space scalars in a row, not even with scalars that normalise to nothing between
    /// them (nothing collapses), its key is the keys of its scalars one after another, and each
    /// output scalar points at the scalar it came from.
    @Test func aLongTextNormalisesScalarByScalar() {
        var random = SplitMix64(seed: 77)
        var scalars: [Unicode.Scalar] = []
        let isSpace = { (scalar: Unicode.Scalar) in scalar.properties.isWhitespace }
        let vanishes = { (scalar: Unicode.Scalar) in
            Normalizer.display.key(String(scalar)).isEmpty || Normalizer.matchingKey.key(String(scalar)).isEmpty
        }
        while scalars.count < 20_000 {
            let piece = Array(Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))].unicodeScalars)
            guard piece.count == 1 else { continue }
            if isSpace(piece[0]), let previous = scalars.last(where: { !vanishes($0) }), isSpace(previous) { continue }
            scalars.append(piece[0])
        }
        let text = String(String.UnicodeScalarView(scalars))
        for level in [Normalizer.display, Normalizer.matchingKey] {
            var expectedText = ""
            var expectedOrigins: [Int32] = []
            for (index, scalar) in scalars.enumerated() {
                let key = level.key(String(scalar))
                expectedText += key
                expectedOrigins += Array(repeating: Int32(index), count: key.unicodeScalars.count)
            }
            let normalized = level.normalize(text)
            #expect(normalized.text == expectedText)
            #expect(normalized.origins == expectedOrigins + [Int32(scalars.count)])
            #expect(level.key(text) == expectedText)
        }
    }

    @Test func displayNormalisationNeverChangesALetter() {
        func letters(_ text: String) -> [Unicode.Scalar] {
            // Tatweel is a stretch of the line, not a letter.
            text.unicodeScalars.filter { $0.properties.isAlphabetic && !ScalarClass.isDiacritic($0.value) && $0 != "\u{0640}" }
        }
        for text in Self.samples where !text.unicodeScalars.contains(where: { ScalarClass.hasPresentationForm($0.value) }) {
            #expect(letters(Normalizer.display.key(text)) == letters(text))
        }
    }
}
