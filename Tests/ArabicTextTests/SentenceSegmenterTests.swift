import Testing
@testable import ArabicText

@Suite struct SentenceSegmenterTests {
    let segmenter = SentenceSegmenter()

    /// The texts of the sentences, after checking every offset against the input.
    func texts(_ input: String) -> [String] {
        let sentences = segmenter.sentences(in: input)
        for sentence in sentences {
            #expect(slice(input, sentence.range) == sentence.text, "offsets of \(sentence.text)")
        }
        #expect(sentences.map(\.index) == Array(0..<sentences.count))
        return sentences.map(\.text)
    }

    /// The rules walk only the positions of rule marks: the marks must be exactly the scalars
    /// some rule looks at (line breaks, stops, the ellipsis, closers and openers), on every
    /// scalar there is.
    @Test func ruleMarksAreTheScalarsTheRulesLookAt() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            let looked = ScalarClass.isLineBreak(value) || SentenceSegmenter.isTerminator(value) || SentenceSegmenter.isCloser(value)
                || SentenceSegmenter.isOpener(value) || value == 0x2026
            if looked != SentenceSegmenter.isRuleMark(value) { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10).map { String($0, radix: 16) })")
    }

    @Test func cutsRightAroundScalarsBeyondTheBasicPlane() {
        // Emoji and flags take two UTF-16 units each: ICU's offsets must map back to scalars.
        #expect(texts("قال 😀 المتحدث إن المحادثات انتهت. ثم 🇮🇶 غادر القاعة! وانتهى 𝔸 اللقاء؟")
            == ["قال 😀 المتحدث إن المحادثات انتهت.", "ثم 🇮🇶 غادر القاعة!", "وانتهى 𝔸 اللقاء؟"])
        #expect(texts("انتهت المحادثات. ثم غادر الوفد! وانتهى اللقاء؟")
            == ["انتهت المحادثات.", "ثم غادر الوفد!", "وانتهى اللقاء؟"])
    }

    @Test func keepsInitialsInsideTheSentence() {
        #expect(texts("وقّع الرسالة الجنرال جون إف. كارتر قائد القوة المشتركة في المنطقة.")
            == ["وقّع الرسالة الجنرال جون إف. كارتر قائد القوة المشتركة في المنطقة."])
    }

    @Test func joinsALineThatEndsWithAnInitialToTheNextLine() {
        let input = "وقّع الرسالة العميد جون إف.\nكارتر قائد القوة المشتركة أمس.\nوغادر الوفد."
        #expect(texts(input) == ["وقّع الرسالة العميد جون إف.\nكارتر قائد القوة المشتركة أمس.", "وغادر الوفد."])
    }

    @Test func doesNotJoinAcrossABlankLine() {
        #expect(texts("وقّع الرسالة العميد جون إف.\n\nكارتر قائد القوة.").count == 2)
    }

    @Test(arguments: [
        ("التقى د. سامي العلي بالوفد. ثم غادر القاعة.", ["التقى د. سامي العلي بالوفد.", "ثم غادر القاعة."]),
        ("قال م. خالد إن المشروع تأخر.", ["قال م. خالد إن المشروع تأخر."]),
        ("وصل وفد U.S. إلى المدينة. وبدأ الاجتماع.", ["وصل وفد U.S. إلى المدينة.", "وبدأ الاجتماع."]),
        ("قال Mr. Smith إن الوضع هادئ.", ["قال Mr. Smith إن الوضع هادئ."]),
    ])
    func keepsAbbreviationsInsideTheSentence(_ input: String, _ expected: [String]) {
        #expect(texts(input) == expected)
    }

    @Test func breaksAtAStopGluedToTheNextWord() {
        #expect(texts("تراجعت الأسعار في المنطقة.وقال مسؤول إن الوضع مستقر.")
            == ["تراجعت الأسعار في المنطقة.", "وقال مسؤول إن الوضع مستقر."])
    }

    @Test func keepsADoubleStopInsideAQuotation() {
        #expect(texts("قال الوزير \"سنعمل مع الشركاء.. وسنواصل الدعم\" في كلمته أمام البرلمان.").count == 1)
    }

    @Test func keepsAnEllipsisAndStopsInsideAParenthesisedQuotation() {
        let input = "قال المتحدث: \"لا أعلم (…) سنتحقق من الأمر. لم يصدر قرار بعد\" ثم غادر المؤتمر."
        #expect(texts(input) == [input])
    }

    @Test func keepsSpacedCommasInsideTheSentence() {
        #expect(texts("قال المسؤول ، في تصريح للصحفيين ، إن الاجتماع انتهى.").count == 1)
    }

    @Test func keepsAClosingDoublePrimeWithItsSentence() {
        #expect(texts("قال المتحدث إن \"القوات ستبقى في مواقعها.″ وأضاف أن الحوار مستمر.")
            == ["قال المتحدث إن \"القوات ستبقى في مواقعها.″", "وأضاف أن الحوار مستمر."])
    }

    @Test func keepsACurlyClosingQuoteWithTheSentenceItEnds() {
        // A quotation that ends with its own stop ends the sentence, as ICU (and English) have it.
        #expect(texts("وقال “لن ننسحب.” ثم غادر القاعة.") == ["وقال “لن ننسحب.”", "ثم غادر القاعة."])
        #expect(texts("وقال «لن ننسحب. سنبقى» ثم غادر القاعة.") == ["وقال «لن ننسحب. سنبقى» ثم غادر القاعة."])
    }

    @Test func breaksAtQuestionAndExclamationMarks() {
        #expect(texts("هل ستنسحب القوات؟ لا أحد يعلم! لكن الحوار مستمر.")
            == ["هل ستنسحب القوات؟", "لا أحد يعلم!", "لكن الحوار مستمر."])
        #expect(texts("هل ستنسحب القوات؟لا أحد يعلم.") == ["هل ستنسحب القوات؟", "لا أحد يعلم."])
    }

    @Test func doesNotBreakAtAnArabicSemicolon() {
        #expect(texts("اتخذ التحالف إجراءات معيّنة؛ لضمان سلامة القوات.").count == 1)
    }

    @Test func letsAnEraMarkAfterAYearEndTheSentence() {
        #expect(texts("انتهت الحرب عام 1991 م. وبدأت مرحلة جديدة.") == ["انتهت الحرب عام 1991 م.", "وبدأت مرحلة جديدة."])
    }

    /// Short words are remembered by a key packed from their scalars and their count: words
    /// that differ in any scalar, or only by a trailing U+0000, or by a high bit of their last
    /// scalar, get different keys; longer words (or ones beyond U+FFFF) get none.
    @Test func shortWordKeysTellWordsApart() {
        typealias Key = SentenceSegmenter.ShortWord
        func key(_ text: String) -> Key? { Key(Array(text.unicodeScalars)[...]) }
        let words = ["د", "م", "دي", "اتش", "U.S", "ab", "ab\u{0}", "abcdefh", "abcdef\u{8067}", "abcdef\u{0067}"]
        let keys = words.compactMap(key)
        #expect(keys.count == words.count)
        #expect(Set(keys).count == words.count)
        #expect(key("abcdefgh") == nil && key("a😀") == nil)
    }

    /// The segmenter remembers what a short word before a stop is; whether a single letter is
    /// an era mark or an initial is still decided at each place, by what comes before it.
    @Test func tellsAnEraMarkFromTheSameLetterAsAnInitialInOneText() {
        #expect(texts("انتهت الحرب عام 1991 م. وقال م. خالد إن المشروع تأخر. وغادر م. سامي.")
            == ["انتهت الحرب عام 1991 م.", "وقال م. خالد إن المشروع تأخر.", "وغادر م. سامي."])
        #expect(texts("قال م. خالد إن الحرب انتهت عام 1991 م. وبدأت مرحلة جديدة.")
            == ["قال م. خالد إن الحرب انتهت عام 1991 م.", "وبدأت مرحلة جديدة."])
    }

    @Test func aDoubleStopAfterAQuotationEndsTheLine() {
        // `..` is no dotted acronym: the line ends the sentence.
        let input = "وقال إن \"أي قرار لم يتخذ بعدُ\"..\nويبلغ عدد الجنود 2500 جندي."
        #expect(texts(input) == ["وقال إن \"أي قرار لم يتخذ بعدُ\"..", "ويبلغ عدد الجنود 2500 جندي."])
    }

    @Test func everyLineBreakEndsASentenceOtherwise() {
        #expect(texts("زيارة الوزير إلى بغداد\nوصل الوزير إلى بغداد أمس") == ["زيارة الوزير إلى بغداد", "وصل الوزير إلى بغداد أمس"])
    }

    @Test(arguments: [
        ("زيارة الوزير إلى بغداد", Sentence.Kind.heading),
        ("حقيقة رسالة الانسحاب", .heading),
        ("وصل الوزير إلى بغداد أمس في زيارة رسمية.", .body),
        ("وأكد مصدر أمني لرويترز صحة الخبر المتداول", .body),
        ("iraq coalition-drawdown baghdad", .metadata),
        ("https://example.com/news/123", .metadata),
        ("العراق | إيران | الولايات المتحدة | داعش", .metadata),
        ("الوسوم: العراق، إيران", .metadata),
        // A label opens it, though it ends like a sentence (diacritics on the label too).
        ("الكلمات المفتاحية: العراق، إيران.", .metadata),
        ("الكَلِمَاتُ المِفْتَاحِيَّةُ: العراق، إيران.", .metadata),
        ("وسوم: العراق.", .metadata),
        ("وصل الوفد المفاوض إلى الكلمات المفتاحية.", .body),
        ("#العراق #إيران #بغداد", .metadata),
        (Array(repeating: "رسالة الجيش الأمريكي", count: 8).joined(separator: " "), .metadata),
    ])
    func classifiesWholeLines(_ line: String, _ kind: Sentence.Kind) {
        let sentences = segmenter.sentences(in: "نص تمهيدي للخبر.\n" + line + "\nنص ختامي للخبر.")
        #expect(sentences.count == 3)
        #expect(sentences[1].kind == kind, "\(line)")
        #expect(sentences[0].kind == .body && sentences[2].kind == .body)
    }

    @Test func segmentsTheNoisyFixture() {
        let input = Fixtures.text("noisy-article.txt")
        let sentences = segmenter.sentences(in: input)
        for sentence in sentences { #expect(slice(input, sentence.range) == sentence.text) }
        #expect(sentences.map(\.kind) == [
            .body, .metadata, .heading, .body, .body, .body, .body, .body, .body, .metadata,
        ])
        #expect(sentences[5].text.hasPrefix("وترأس") && sentences[5].text.contains("\n"))
        #expect(sentences[3].text.hasSuffix("موعداً نهائياً."))
    }

    @Test func segmentsASingleFourMegabyteLine() {
        // No timing assertion: a quadratic rule would make this test run for minutes.
        let sentence = "قال المسؤول إن الاجتماع انتهى دون اتفاق على موعد جديد للمحادثات. "
        let count = 4_000_000 / sentence.utf8.count
        let input = String(repeating: sentence, count: count)
        let sentences = segmenter.sentences(in: input)
        #expect(sentences.count == count)
        #expect(sentences.last?.range.upperBound == input.unicodeScalars.count - 1)
    }

    @Test func givesNothingForEmptyOrBlankText() {
        #expect(segmenter.sentences(in: "").isEmpty)
        #expect(segmenter.sentences(in: " \n\t\n").isEmpty)
    }
}
