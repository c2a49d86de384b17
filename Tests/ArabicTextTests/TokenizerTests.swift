import Testing
@testable import ArabicText

@Suite struct TokenizerTests {
    func tokens(_ text: String) -> [(Token.Kind, String, String)] {
        Tokenizer().tokens(in: text).map { ($0.kind, $0.key, slice(text, $0.range)) }
    }

    @Test func separatesArabicWordsJoinedByAHyphen() {
        let result = tokens("المشتركة-بغداد")
        #expect(result.map(\.0) == [.arabic, .punctuation, .arabic])
        #expect(result.map(\.2) == ["المشتركة", "-", "بغداد"])
    }

    @Test func keepsAProcliticGluedToALatinCode() {
        let result = tokens("وAH-64")
        #expect(result.count == 1)
        #expect(result[0].0 == .code && result[0].1 == "وah-64" && result[0].2 == "وAH-64")
    }

    @Test func separatesAnArabicWordGluedToALatinWord() {
        #expect(tokens("شبكةCNN").map(\.1) == ["شبكه", "cnn"])
    }

    @Test(arguments: [
        ("UH-60", Token.Kind.code, "uh-60"),
        ("CNN", .latin, "cnn"),
        ("U.S.", .latin, "u.s."),
        ("Iraq's", .latin, "iraq's"),
        ("٥٢٠٠", .number, "5200"),
        ("5,200", .number, "5,200"),
        ("35.7", .number, "35.7"),
        ("الـ10", .number, "ال10"),
        ("COVID-19", .code, "covid-19"),
    ])
    func readsCodesNumbersAndLatinWordsWhole(_ input: String, _ kind: Token.Kind, _ key: String) {
        let result = tokens(input)
        #expect(result.count == 1)
        #expect(result.first?.0 == kind && result.first?.1 == key && result.first?.2 == input)
    }

    @Test func splitsPercentagesAndRangesOfYears() {
        #expect(tokens("35.7%").map(\.1) == ["35.7", "%"])
        #expect(tokens("2019-2020").map(\.1) == ["2019", "-", "2020"])
    }

    @Test func keepsDiacriticsInTheRangeButNotInTheKey() {
        let result = tokens("انسحاباً نهائياً، حسَن")
        #expect(result.map(\.1) == ["انسحابا", "نهائيا", "،", "حسن"])
        #expect(result.map(\.2) == ["انسحاباً", "نهائياً", "،", "حسَن"])
    }

    @Test func countsOffsetsInUnicodeScalars() {
        let text = "😀 مُوجهة"
        let token = Tokenizer().tokens(in: text)
        #expect(token.map(\.range) == [0..<1, 2..<8])
    }
}

@Suite struct CliticAnalyzerTests {
    let analyzer = CliticAnalyzer()

    func stems(_ word: String) -> [String] { analyzer.analyses(of: word).map(\.stem) }

    @Test func readsLamLamAsPrepositionAndArticle() {
        let analyses = analyzer.analyses(of: "وللعراق")
        #expect(analyses.first?.isWholeWord == true)
        let full = analyses.first { $0.stem == "عراق" }
        #expect(full?.prefix == "ول" && full?.hasArticle == true)
    }

    @Test(arguments: [
        ("ببغداد", "بغداد"), ("لرويترز", "رويترز"), ("والعراق", "عراق"), ("بالبنك", "بنك"),
        ("فللحكومه", "حكومه"), ("كالعاده", "عاده"),
    ])
    func stripsProclitics(_ word: String, _ stem: String) {
        #expect(stems(word).contains(stem))
    }

    @Test func stripsEncliticsAndRestoresTaaMarbuta() {
        let analysis = analyzer.analyses(of: "حكومتها").first { $0.stem == "حكومه" }
        #expect(analysis?.suffix == "ها")
        #expect(stems("قواتهم").contains("قوات"))
    }

    @Test func stripsTanweenAlef() {
        #expect(stems("انسحابا").contains("انسحاب"))
    }

    @Test func neverLeavesAStemShorterThanTwoLetters() {
        #expect(analyzer.analyses(of: "وله").allSatisfy { $0.stem.unicodeScalars.count >= 2 })
        #expect(!stems("بها").contains("ب"))
    }

    @Test func leavesProperNamesTheirLetters() {
        // No root or pattern guessing: only clitics come off.
        #expect(stems("واشنطن") == ["واشنطن", "اشنطن"])
    }

    @Test func recognisesProcliticSequences() {
        for sequence in ["و", "ب", "وب", "ال", "وال", "بال", "لل", "ولل"] {
            #expect(CliticAnalyzer.isProcliticSequence(sequence.unicodeScalars), "\(sequence)")
        }
        for sequence in ["م", "ون", "الا", "وبلل"] {
            #expect(!CliticAnalyzer.isProcliticSequence(sequence.unicodeScalars), "\(sequence)")
        }
    }
}

@Suite struct SearchKeysTests {
    @Test func indexesEveryProcliticReading() {
        #expect(SearchKeys.readings(of: "للعراق") == ["للعراق", "لعراق", "عراق"])
        #expect(SearchKeys.readings(of: "العراق") == ["العراق", "عراق"])
    }

    @Test func looksUpAQueryWordWithoutItsArticle() {
        #expect(SearchKeys.queryKey(of: "العراق") == "عراق")
        #expect(SearchKeys.queryKey(of: "الأمريكيّة") == "امريكيه")
        #expect(SearchKeys.queryKey(of: "وAH-64") == "ah-64")
        #expect(SearchKeys.queryKey(of: "UH-60") == "uh-60")
    }

    @Test func writesTheIndexTextFromMatchingKeys() {
        let key = Normalizer.matchingKey.key("ببغداد وAH-64")
        #expect(SearchKeys.indexText(ofKey: key) == "ببغداد بغداد وah-64 ah-64")
    }
}

@Suite struct LightStemmerTests {
    /// Light10's cuts on matching keys, each worked out by hand.
    @Test func stripsTheArticleItsProcliticsAndTheCommonSuffixes() {
        let stemmer = LightStemmer()
        #expect(stemmer.stem(of: "والحكومات") == "حكوم")  // و, ال, ات
        #expect(stemmer.stem(of: "للحكومه") == "حكوم")  // لل, ه
        #expect(stemmer.stem(of: "بغداد") == "بغداد")
        #expect(stemmer.stem(of: "وزير") == "زير")  // four letters: و is cut, a Light10 over-strip
        #expect(stemmer.stem(of: "ولد") == "ولد")  // three letters: nothing to cut
        #expect(stemmer.stem(of: "مسؤولين") == "مسؤول")  // ين
        #expect(stemmer.stem(of: "ah-64") == "ah-64")  // not all Arabic letters: as it is
        #expect(stemmer.stem(of: "") == "")
    }

    /// Light10 as the stemmer's documentation states it, worked on letters: the reference the
    /// byte version must agree with on every word built from the affixes and a few stems.
    static func referenceStem(_ key: String) -> String {
        var letters = Array(key.unicodeScalars)
        guard letters.allSatisfy({ ScalarClass.isArabicLetter($0.value) }) else { return key }
        func starts(_ affix: String) -> Bool { letters.starts(with: affix.unicodeScalars) }
        func ends(_ affix: String) -> Bool { letters.reversed().starts(with: affix.unicodeScalars.reversed()) }
        if letters.count > 3, starts("و") { letters.removeFirst() }
        for prefix in ["وال", "بال", "كال", "فال", "لل", "ال"]
        where letters.count - prefix.unicodeScalars.count >= 2 && starts(prefix) {
            letters.removeFirst(prefix.unicodeScalars.count)
            break
        }
        for suffix in ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"]
        where letters.count - suffix.unicodeScalars.count >= 2 && ends(suffix) {
            letters.removeLast(suffix.unicodeScalars.count)
        }
        return String(String.UnicodeScalarView(letters))
    }

    @Test func agreesWithLight10WorkedOnLetters() {
        let stems = ["", "ب", "بغ", "كتب", "حكوم", "مسؤول", "ه", "ي", "ها", "ال", "و", "ولد"]
        let suffixes = ["", "ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي", "هاه", "ينه", "اتي", "يهها"]
        var words: [String] = []
        for waw in ["", "و"] {
            for prefix in ["", "وال", "بال", "كال", "فال", "لل", "ال"] {
                for stem in stems { for suffix in suffixes { words.append(waw + prefix + stem + suffix) } }
            }
        }
        // Letters of other lengths in UTF-8 (three bytes: U+08A0; two, from the supplement:
        // U+0750) beside the affixes, and words that are not all letters.
        words += ["ah-64", "و1", "الـقدس", "\u{08A0}\u{08A0}ال", "ال\u{08A0}\u{08A0}ها", "وال\u{08A0}\u{0750}ين",
                  "\u{0750}\u{0750}\u{0750}ه", "و\u{08A0}\u{08A0}\u{08A0}", "الكتاب1", "كتابa"]
        let stemmer = LightStemmer()
        for word in words { #expect(stemmer.stem(of: word) == Self.referenceStem(word), "\(word)") }
    }

    @Test func theStemIsARangeOfTheKeysBytes() {
        let key = Array("بالعراق".utf8)
        let range = key.withUnsafeBufferPointer { LightStemmer().stemRange(ofKey: $0) }
        #expect(String(decoding: key[range], as: UTF8.self) == "عراق")
    }
}

@Suite struct StopWordBytesTests {
    @Test func findsTheSameWordsAsTheSet() {
        for word in StopWords.arabic.sorted() + ["بغداد", "الحكومه", ""] {
            let viaBytes = Array(word.utf8).withUnsafeBufferPointer { StopWords.containsArabic($0) }
            #expect(viaBytes == StopWords.arabic.contains(word), "\(word)")
        }
    }
}

@Suite struct LineFeedTests {
    @Test func replacesEveryLineFeedAndNothingElse() {
        #expect("سطر\nوسطر\n".replacingLineFeeds(with: " ⏎ ") == "سطر ⏎ وسطر ⏎ ")
        #expect("a\r\nb".replacingLineFeeds(with: " ") == "a\r b")  // the CR stays, as Foundation's replacement left it
        #expect("بلا فاصل".replacingLineFeeds(with: " ") == "بلا فاصل")
        #expect("\n\n".replacingLineFeeds(with: "|") == "||")
    }
}

/// The Arabic block's answers to `ScalarClass.isOtherLetter` come from a table: each must be
/// what the Unicode properties say (an alphabetic scalar that is neither an Arabic letter nor
/// a diacritic), and the Arabic punctuation that follows words is no letter.
@Suite struct ScalarClassTests {
    @Test func theArabicBlockTableAgreesWithTheUnicodeProperties() {
        for value in UInt32(0x0600)...0x06FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isAlphabetic && !ScalarClass.isArabicLetter(value) && !ScalarClass.isDiacritic(value)
            #expect(ScalarClass.isOtherLetter(value) == expected, "U+\(String(value, radix: 16))")
        }
        for mark in ["،", "؛", "؟", "٪", "۔"] {
            #expect(!ScalarClass.isOtherLetter(mark.unicodeScalars.first?.value ?? 0), "\(mark)")
        }
        #expect(ScalarClass.isOtherLetter(0x00E9) && ScalarClass.isOtherLetter(0x0436) && !ScalarClass.isOtherLetter(0x0628))
    }
}
