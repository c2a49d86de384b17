import Foundation
import Testing
@testable import Summarization

@Suite struct LexRankTests {
    /// 0 is linked to 1 (0.5) and 2 (0.25); 1 and 2 only to 0. Rows normalised: 0 → (2/3, 1/3),
    /// 1 → 0, 2 → 0. With d = 0.85 and n = 3:
    ///   p1 = 0.05 + 0.85·(2/3)·p0,  p2 = 0.05 + 0.85·(1/3)·p0,  p0 = 0.05 + 0.85·(p1 + p2)
    ///   ⇒ p0 = 0.135 / 0.2775 = 0.486486, p1 = 0.325676, p2 = 0.187838.
    @Test func findsTheStationaryScoresOfAWeightedStar() {
        let scores = LexRank().scores(similarities: [0, 0.5, 0.25, 0.5, 0, 0, 0.25, 0, 0], count: 3)
        let expected = [0.486486, 0.325676, 0.187838]
        #expect(scores.count == 3)
        for (score, value) in zip(scores, expected) { #expect(abs(score - value) < 1e-5) }
        #expect(abs(scores.reduce(0, +) - 1) < 1e-9)
    }

    @Test func ignoresTheDiagonalAndSpreadsAnIsolatedSentenceEvenly() {
        // Nothing links the sentences: every one is dangling, so all stay at 1/3.
        let scores = LexRank().scores(similarities: [1, 0, 0, 0, 1, 0, 0, 0, 1], count: 3)
        for score in scores { #expect(abs(score - 1.0 / 3) < 1e-9) }
    }

    @Test func handlesNoSentenceAndOneSentence() {
        #expect(LexRank().scores(similarities: [], count: 0).isEmpty)
        #expect(LexRank().scores(similarities: [1], count: 1) == [1])
    }

    /// Three sentences: A = {بغداد, طهران, صاروخ}, B = {بغداد, قمة}, C = {طهران, نفط}.
    /// Idf over the three sentences: a word in two of them 1 + ln(4/3) = 1.287682 (a), in one
    /// 1 + ln(4/2) = 1.693147 (b). cos(A, B) = cos(A, C) = a² / (√(2a² + b²)·√(a² + b²))
    /// = 0.313483; cos(B, C) = 0. A star: A gets 0.135 / 0.2775 = 0.486486, B and C
    /// 0.05 + 0.425·0.486486 = 0.256757 each, that is 0.527778 of A once scaled.
    @Test func computesCosinesAndCentralityOfThreeSentencesByHand() {
        let article = SourceArticle(id: "star", sentences: [
            ArticleSentence(index: 0, text: "بغداد طهران صاروخ."),
            ArticleSentence(index: 1, text: "بغداد قمة."),
            ArticleSentence(index: 2, text: "طهران نفط."),
        ])
        var table = TermTable()
        let analysis = ArticleAnalysis(article, table: &table)
        let idf = analysis.sentenceIDF(termCount: table.count)
        let vectors = analysis.bodyVectors(idf: idf)
        #expect(abs(vectors[0].cosine(vectors[1]) - 0.313483) < 1e-5)
        #expect(abs(vectors[0].cosine(vectors[2]) - 0.313483) < 1e-5)
        #expect(vectors[1].cosine(vectors[2]) == 0)
        let features = Summarizer().features(
            of: article, analysis: analysis, vectors: vectors, title: analysis.titleVector(idf: idf))
        #expect(abs(features.centrality[0] - 1) < 1e-9)
        #expect(abs(features.centrality[1] - 0.527778) < 1e-5)
        #expect(abs(features.centrality[2] - 0.527778) < 1e-5)
    }
}
