import ArabicText
import Testing
@testable import Evaluation

@Suite struct WordBudgetTests {
    let sentences = ["One two three.", "Four five six seven.", "Eight nine."]

    /// Ranking 2, 0, 1 with 6 words: 'Eight nine.' (2, 4 left), 'One two three.' (3, 1 left),
    /// then 'Four five six seven.' cut to 'Four'; returned in document order.
    @Test func cutsTheLastSentenceToExactlyTheBudgetInDocumentOrder() {
        let summary = WordBudget(words: 6).summary(ranking: [2, 0, 1], sentences: sentences)
        #expect(summary == ["One two three.", "Four", "Eight nine."])
        #expect(summary.map(WhitespaceWords.count(in:)).reduce(0, +) == 6)
    }

    @Test(arguments: 0...9)
    func givesExactlyTheBudgetsWords(words: Int) {
        let summary = WordBudget(words: words).summary(ranking: [1, 2, 0], sentences: sentences)
        #expect(summary.map(WhitespaceWords.count(in:)).reduce(0, +) == words)
    }

    @Test func keepsEverythingWhenTheDocumentIsShort() {
        #expect(WordBudget(words: 50).summary(ranking: [2, 1, 0], sentences: sentences) == sentences)
    }

    /// Budget 6 over ranking 7, -1, 1, 1, 3, 0: 7 and -1 do not exist, 1 takes 4 words, the
    /// repeated 1 and the blank 3 are skipped, and 0 is cut to its first 2 words.
    @Test func skipsUnknownRepeatedAndBlankSentences() {
        let summary = WordBudget(words: 6).summary(ranking: [7, -1, 1, 1, 3, 0], sentences: sentences + ["   "])
        #expect(summary == ["One two", "Four five six seven."])
    }

    @Test func keepsTheSentencesOwnSpacingUpToTheLastWord() {
        let summary = WordBudget(words: 2).summary(ranking: [0], sentences: ["  Gaza:\tcalm  returns today"])
        #expect(summary == ["  Gaza:\tcalm"])
    }

    @Test func treatsANegativeBudgetAsZero() {
        #expect(WordBudget(words: -3).words == 0)
        #expect(WordBudget(words: -3).summary(ranking: [0], sentences: sentences).isEmpty)
    }

    @Test func rankerSummaryUsesTheBudget() {
        #expect(LeadRanker().summary(of: sentences, budget: WordBudget(words: 4)) == ["One two three.", "Four"])
    }
}
