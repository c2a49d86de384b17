import Testing
import Evaluation

/// Arabic ROUGE through matching keys; every expected score is counted by hand in the comment.
@Suite struct ArabicRougeTokenizerTests {
    let plain = RougeScorer(metrics: [.rouge1, .rouge2, .rougeL], tokenizer: ArabicRougeTokenizer(stemming: false))


    @Test func keepsWordsCodesAndNumbersAndDropsPunctuation() {
        let tokens = ArabicRougeTokenizer(stemming: false).tokens("قالت CNN، إن ٣٥ جنديًا وصلوا إلى UH-60.")
        #expect(tokens == ["قالت", "cnn", "ان", "35", "جنديا", "وصلوا", "الي", "uh-60"])
    }

    /// Candidate وَصَلَ الوفدُ إلى عمّان → وصل الوفد الي عمان (4 tokens: harakat, shadda gone,
    /// إ → ا, ى → ي); reference وصل الوفد الى عمان اليوم (5). ROUGE-1: 4 matches, P = 1,
    /// R = 4/5, F = 2·(4/5)/(9/5) = 8/9. ROUGE-2: all 3 candidate bigrams are among the
    /// reference's 4: P = 1, R = 3/4, F = 6/7. ROUGE-L: LCS 4, as ROUGE-1.
    @Test func diacriticsAndAlefFormsDoNotChangeTheScore() {
        let scores = plain.score(candidate: "وَصَلَ الوفدُ إلى عمّان", reference: "وصل الوفد الى عمان اليوم")
        expectScore(scores[.rouge1], 1, 4.0 / 5, 8.0 / 9)
        expectScore(scores[.rouge2], 1, 3.0 / 4, 6.0 / 7)
        expectScore(scores[.rougeL], 1, 4.0 / 5, 8.0 / 9)
        let bare = plain.score(candidate: "وصل الوفد الى عمان", reference: "وصل الوفد الى عمان اليوم")
        #expect(scores == bare)
    }

    @Test(arguments: [
        ("الأمريكيّة", "الامريكيه"),       // alef with hamza, shadda, taa marbuta
        ("إصلاحاتٌ", "اصلاحات"),           // alef below, tanween
        ("آخر", "اخر"),                     // alef madda
        ("مدرسة", "مدرسه"),                 // taa marbuta
        ("مستشفى", "مستشفي"),               // alef maqsura
        ("جـديـد", "جديد"),                 // tatweel
        ("٢٠٢٤", "2024"),                   // Arabic-Indic digits
    ])
    func foldedSpellingsScoreAsTheSameWord(variant: String, plainForm: String) {
        expectScore(plain.score(candidate: variant, reference: plainForm)[.rouge1], 1, 1, 1)
    }

    /// Without stemming والحكومات تدرس المقترحات and الحكومة درست المقترح share no token: 0.
    /// Light stemming: والحكومات → (و) الحكومات → (ال) حكومات → (ات) حكوم; الحكومه → حكومه →
    /// (ه) حكوم; المقترحات → مقترح; المقترح → مقترح; تدرس and درست are left as they are. So 2 of
    /// 3 tokens match each way: ROUGE-1 P = R = F = 2/3 (up from 0); no bigram matches.
    @Test func lightStemmingJoinsInflectedForms() {
        let candidate = "والحكومات تدرس المقترحات"
        let reference = "الحكومة درست المقترح"
        expectScore(plain.score(candidate: candidate, reference: reference)[.rouge1], 0, 0, 0)
        let stemmed = RougeScorer(metrics: [.rouge1, .rouge2], tokenizer: ArabicRougeTokenizer(stemming: true))
            .score(candidate: candidate, reference: reference)
        expectScore(stemmed[.rouge1], 2.0 / 3, 2.0 / 3, 2.0 / 3)
        expectScore(stemmed[.rouge2], 0, 0, 0)
        #expect(ArabicRougeTokenizer(stemming: true).tokens(candidate) == ["حكوم", "تدرس", "مقترح"])
    }

    /// قال الوزير إن الاتفاق في خطر (6 tokens) against الاتفاق في خطر كبير (4): 3 matches,
    /// P = 1/2, R = 3/4, F = (3/4)/(5/4) = 3/5. Without the stop words قال, إن, في:
    /// الوزير الاتفاق خطر against الاتفاق خطر كبير, 2 of 3: P = R = F = 2/3. With stemming too,
    /// الوزير → وزير and الاتفاق → اتفاق on both sides: still 2/3.
    @Test func stopWordRemovalDropsFunctionWords() {
        let candidate = "قال الوزير إن الاتفاق في خطر"
        let reference = "الاتفاق في خطر كبير"
        expectScore(plain.score(candidate: candidate, reference: reference)[.rouge1], 0.5, 0.75, 0.6)
        let withoutStopWords = RougeScorer(
            metrics: [.rouge1], tokenizer: ArabicRougeTokenizer(stemming: false, removingStopWords: true))
        expectScore(withoutStopWords.score(candidate: candidate, reference: reference)[.rouge1], 2.0 / 3, 2.0 / 3, 2.0 / 3)
        let both = RougeScorer(metrics: [.rouge1], tokenizer: ArabicRougeTokenizer(stemming: true, removingStopWords: true))
        expectScore(both.score(candidate: candidate, reference: reference)[.rouge1], 2.0 / 3, 2.0 / 3, 2.0 / 3)
        #expect(ArabicRougeTokenizer(stemming: false, removingStopWords: true).tokens(candidate) == ["الوزير", "الاتفاق", "خطر"])
    }

    @Test(arguments: [("", "وصل الوفد"), ("وصل الوفد", ""), ("", ""), ("،.؟ !", "وصل الوفد"), ("وصل الوفد", "« »")])
    func anEmptySideScoresZeroNeverNaN(candidate: String, reference: String) {
        let rouge = RougeScorer(tokenizer: ArabicRougeTokenizer(stemming: true, removingStopWords: true))
        let scores = rouge.score(candidate: candidate, reference: reference)
        #expect(scores.count == 4)
        for score in scores.values {
            #expect(score == .zero)
            #expect(!score.f.isNaN && !score.precision.isNaN && !score.recall.isNaN)
        }
        #expect(rouge.score(candidate: candidate, references: []).values.allSatisfy { $0 == .zero })
    }
}
