/// A system's corpus score on one metric: the mean precision, recall and F over its documents,
/// and the bootstrap confidence interval of F.
public struct MetricSummary: Hashable, Sendable, Codable {
    /// Mean precision over the documents.
    public let precision: Double
    /// Mean recall over the documents.
    public let recall: Double
    /// Mean F over the documents.
    public let f: Double
    /// Lower bound of F's bootstrap interval.
    public let low: Double
    /// Upper bound of F's bootstrap interval.
    public let high: Double

    public init(precision: Double, recall: Double, f: Double, low: Double, high: Double) {
        self.precision = precision
        self.recall = recall
        self.f = f
        self.low = low
        self.high = high
    }
}
