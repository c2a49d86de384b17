import Testing
import Summarization

@Suite struct SummarizerTests {
    /// Words of the wire story's body sentences (positions 1...4), counted by hand.
    let wireWords = [1: 19, 2: 18, 3: 15, 4: 11]

    @Test func neverScoresRanksOrPicksHeadingsOrMetadata() {
        let article = TestArticles.budgetWire
        let scores = Summarizer().scores(of: article)
        #expect(scores.count == 6)
        #expect(scores[0] == -.infinity && scores[5] == -.infinity)
        #expect((1...4).allSatisfy { scores[$0].isFinite })
        #expect(Set(Summarizer().ranking(of: article)) == [1, 2, 3, 4])
        #expect(Summarizer().summary(of: article, budget: .share(1)).map(\.index) == [1, 2, 3, 4])
    }

    @Test func ranksTheNewsLeadFirst() {
        // The lead carries the vote, the date and the numbers, and echoes the title.
        #expect(Summarizer().ranking(of: TestArticles.budgetWire).first == 1)
    }

    @Test func breaksTiesBetweenEqualSentencesByThePositionPrior() {
        let line = "أعلنت الحكومة خطة جديدة لدعم المزارعين في مواجهة الجفاف."
        let article = TestArticles.article("equal", source: "s", [
            (.heading, "خطة الجفاف"), (.body, line), (.body, line), (.body, line),
        ])
        let scores = Summarizer().scores(of: article)
        #expect(scores[1] > scores[2] && scores[2] > scores[3])
        #expect(Summarizer().ranking(of: article) == [1, 2, 3])
        // Without the prior nothing tells them apart, and document order decides.
        var weights = SummarizerWeights.tuned
        weights.position = 0
        let flat = Summarizer(weights: weights).scores(of: article)
        #expect(flat[1] == flat[2] && flat[2] == flat[3])
        #expect(Summarizer(weights: weights).ranking(of: article) == [1, 2, 3])
    }

    @Test(arguments: [(0, 0), (2, 2), (4, 4), (9, 4)])
    func takesExactlyTheSentencesAsked(_ asked: Int, _ expected: Int) {
        let summary = Summarizer().summary(of: TestArticles.budgetWire, budget: .sentences(asked))
        #expect(summary.count == expected)
        #expect(summary.map(\.index) == summary.map(\.index).sorted())
    }

    /// Four body sentences: 0.1 → 0.4 → 1 (at least one); 0.5 → 2; 0.6 → 2.4 → 2;
    /// 0.625 → 2.5 → 3 (halves up); 1 → 4.
    @Test(arguments: [(0.1, 1), (0.5, 2), (0.6, 2), (0.625, 3), (1.0, 4)])
    func takesTheShareOfBodySentences(_ share: Double, _ expected: Int) {
        #expect(Summarizer().summary(of: TestArticles.budgetWire, budget: .share(share)).count == expected)
    }

    @Test(arguments: [5, 19, 30, 34, 40, 63])
    func takesWholeSentencesInRankOrderWhileTheyFit(_ budget: Int) {
        let summarizer = Summarizer()
        let article = TestArticles.budgetWire
        let ranking = summarizer.ranking(of: article)
        let summary = summarizer.summary(of: article, budget: .words(budget))
        // The expected prefix of the ranking, from the hand-counted lengths.
        var expected: [Int] = []
        var used = 0
        for index in ranking {
            let words = wireWords[index] ?? 0
            guard expected.isEmpty || used + words <= budget else { break }
            expected.append(index)
            used += words
        }
        #expect(summary.map(\.index) == expected.sorted())
        #expect(!summary.isEmpty)
        if summary.count > 1 { #expect(summary.reduce(0) { $0 + (wireWords[$1.index] ?? 0) } <= budget) }
    }

    @Test func takesTheFirstSentenceEvenWhenItAloneIsOverTheWordBudget() {
        let summarizer = Summarizer()
        let summary = summarizer.summary(of: TestArticles.budgetWire, budget: .words(3))
        #expect(summary.map(\.index) == [summarizer.ranking(of: TestArticles.budgetWire)[0]])
    }

    @Test func returnsTheSameScoresEveryTime() {
        let first = Summarizer().scores(of: TestArticles.budgetSpun)
        let second = Summarizer().scores(of: TestArticles.budgetSpun)
        #expect(first == second)
    }

    @Test func rewardsGlossaryConcepts() {
        let line = "أعلنت الحكومة خطة جديدة لدعم المزارعين في مواجهة الجفاف."
        let article = TestArticles.article("concepts", source: "s", [(.body, line), (.body, line)], concepts: [1: [7, 9]])
        var weights = SummarizerWeights.tuned
        weights.position = 0
        let scores = Summarizer(weights: weights).scores(of: article)
        #expect(abs(scores[1] - scores[0] - weights.salience) < 1e-9)
    }

    @Test func summarisesAnArticleWithoutBodySentencesToNothing() {
        let article = TestArticles.article("empty", source: "s", [(.heading, "عنوان فقط")])
        #expect(Summarizer().summary(of: article, budget: .share(0.5)).isEmpty)
        #expect(Summarizer().ranking(of: article).isEmpty)
    }
}
