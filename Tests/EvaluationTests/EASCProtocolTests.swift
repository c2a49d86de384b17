import ArabicText
import Testing
import Evaluation

/// The EASC protocol on a three-sentence article and two references, counted by hand.
@Suite struct EASCProtocolTests {
    /// 5, 4 and 5 words.
    let sentences = [
        "أعلن المجلس خطة جديدة للنقل.",
        "وتشمل الخطة حافلات كهربائية.",
        "ويبدأ التنفيذ في الربيع المقبل.",
    ]
    /// 6 and 7 words, alef forms flattened as EASC's are: the budget is round(6.5) = 7.
    let references = [
        "اعلن المجلس خطة جديدة للنقل وتشمل",
        "ويبدا التنفيذ في الربيع المقبل وتشمل الخطة",
    ]
    let easc = EASCProtocol(scorer: RougeScorer(metrics: [.rouge1, .rouge2], tokenizer: ArabicRougeTokenizer(stemming: false)))

    struct FixedRanker: SentenceRanker {
        let order: [Int]
        func ranking(of sentences: [String]) -> [Int] { order }
    }

    @Test(arguments: [([6, 7], 7), ([6, 8], 7), ([5, 6], 6), ([4, 4, 5], 4), ([], 0), ([0], 0)])
    func budgetIsTheRoundedMeanReferenceLength(lengths: [Int], words: Int) {
        let references = lengths.map { Array(repeating: "كلمة", count: $0).joined(separator: " ") }
        #expect(EASCProtocol.budget(references: references) == WordBudget(words: words))
    }

    /// Lead takes the first sentence (5 words, 2 left) and cuts the second to وتشمل الخطة.
    /// Its 7 tokens against the first reference's 6: 6 matches, P = 6/7, R = 1,
    /// F = 2·(6/7)/(13/7) = 12/13; against the second only وتشمل الخطه, F = 2/7; max is the
    /// first. Bigrams: 5 of the candidate's 6 are among the first reference's 5: P = 5/6,
    /// R = 1, F = 10/11.
    @Test func leadFillsTheBudgetAndCutsTheLastSentence() {
        let result = easc.evaluate(sentences: sentences, references: references, ranker: LeadRanker())
        #expect(result.budget == WordBudget(words: 7))
        #expect(result.summary == ["أعلن المجلس خطة جديدة للنقل.", "وتشمل الخطة"])
        #expect(result.text == "أعلن المجلس خطة جديدة للنقل.\nوتشمل الخطة")
        expectScore(result.scores[.rouge1], 6.0 / 7, 1, 12.0 / 13)
        expectScore(result.scores[.rouge2], 5.0 / 6, 1, 10.0 / 11)
    }

    /// Ranking 2, 0, 1: the third sentence whole (5 words), then the first cut to 2 words;
    /// shown in document order. Tokens اعلن المجلس ويبدا التنفيذ في الربيع المقبل: against the
    /// first reference 2 matches (P = 2/7, R = 1/3, F = 4/13), against the second 5 (P = R =
    /// F = 5/7); max takes the second.
    @Test func takesSentencesInRankingOrderAndShowsThemInDocumentOrder() {
        let result = easc.evaluate(sentences: sentences, references: references, ranker: FixedRanker(order: [2, 0, 1]))
        #expect(result.summary == ["أعلن المجلس", "ويبدأ التنفيذ في الربيع المقبل."])
        expectScore(result.scores[.rouge1], 5.0 / 7, 5.0 / 7, 5.0 / 7)
    }

    @Test func theOracleSharesTheBudgetAndTokenizer() {
        let oracle = easc.oracle(references: references)
        #expect(oracle.budget == WordBudget(words: 7))
        #expect(oracle.tokenizer is ArabicRougeTokenizer)
        let result = easc.evaluate(sentences: sentences, references: references, ranker: oracle)
        #expect(result.summary.map(WhitespaceWords.count(in:)).reduce(0, +) <= 7)
    }
}
