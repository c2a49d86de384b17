import Foundation
import Testing
import ArabicText
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
    /// The matrix of cosines is, bit for bit, the pairwise `cosine(_:)` (a merge of id lists)
    /// it stands for: random vectors over a small vocabulary, some empty, some sharing nothing.
    @Test func cosineMatrixIsThePairwiseCosines() {
        var random = SplitMix64(seed: 7)
        let idf = (0..<40).map { _ in 0.5 + Double(random.next(below: 1000)) / 250 }
        let vectors = (0..<25).map { index -> SparseVector in
            let length = index % 6 == 0 ? 0 : 1 + Int(random.next(below: 12))
            let terms = (0..<length).map { _ in Int32(random.next(below: index % 5 == 0 ? 40 : 15)) }
            return SparseVector(terms: terms, idf: idf)
        }
        let cosines = SparseVector.cosines(vectors)
        #expect(cosines.count == vectors.count * vectors.count)
        var nonZero = 0
        for i in vectors.indices {
            for j in vectors.indices {
                let expected = i == j ? 0 : vectors[i].cosine(vectors[j])
                #expect(cosines[i * vectors.count + j].bitPattern == expected.bitPattern, "\(i), \(j)")
                if expected > 0 { nonZero += 1 }
            }
        }
        #expect(nonZero > 100)  // the vectors do share terms: the check is not of zeros alone
    }

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
