import Testing
@testable import Summarization

@Suite struct StoryClusteringTests {
    /// With idf 1 everywhere: A = {t0, t1}, B = {t0, t2}, C = {t1, t3}. cos(A, B) = cos(A, C)
    /// = 1/2, cos(B, C) = 0. A and B merge first (equal cosines: smaller ids first); then
    /// {A, B} and C have mean cosine (1/2 + 0) / 2 = 1/4, just below 0.25 in floating point,
    /// so the test asks for 0.24.
    let vectors = [[0, 1], [0, 2], [1, 3]].map { SparseVector(terms: $0.map(Int32.init), idf: [1, 1, 1, 1]) }

    func clustering(_ similarity: Double, maximumPostings: Int = 10) -> StoryClustering {
        StoryClustering(similarity: similarity, signatureTerms: 2, maximumPostings: maximumPostings, minimumSharedTerms: 1)
    }

    @Test func mergesByAverageLink() {
        #expect(clustering(0.3).clusters(of: vectors, termCount: 4) == [[0, 1], [2]])
        #expect(clustering(0.24).clusters(of: vectors, termCount: 4) == [[0, 1, 2]])
        #expect(clustering(0.6).clusters(of: vectors, termCount: 4) == [[0], [1], [2]])
    }

    @Test func comparesNoPairThroughATermThatIsEverywhere() {
        // Every shared term is in two signatures; allowing one posting proposes no pair.
        #expect(clustering(0.1, maximumPostings: 1).clusters(of: vectors, termCount: 4) == [[0], [1], [2]])
    }
}
