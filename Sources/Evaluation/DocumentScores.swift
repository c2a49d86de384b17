/// One document's scores for one system, per metric.
public struct DocumentScores: Hashable, Sendable {
    /// The document's name (its stem).
    public let document: String
    /// The score per metric, the references combined.
    public let scores: [RougeMetric: RougeScore]

    public init(document: String, scores: [RougeMetric: RougeScore]) {
        self.document = document
        self.scores = scores
    }
}
