/// A sentence chosen for a summary, with its score.
public struct ScoredSentence: Sendable, Hashable {
    /// The sentence's `index` in its article.
    public var index: Int
    public var text: String
    /// The summarizer's score (see `SummarizerWeights`).
    public var score: Double

    public init(index: Int, text: String, score: Double) {
        self.index = index
        self.text = text
        self.score = score
    }
}
