/// A bootstrap confidence interval of a corpus score: the low and high percentiles of the
/// resampled means (2.5 and 97.5 for 95%) and their median, as rouge-score's `AggregateScore`.
public struct AggregateScore: Hashable, Sendable {
    /// The lower bound of precision, recall and F.
    public let low: RougeScore
    /// The median of the resampled means.
    public let mid: RougeScore
    /// The upper bound of precision, recall and F.
    public let high: RougeScore

    public init(low: RougeScore, mid: RougeScore, high: RougeScore) {
        self.low = low
        self.mid = mid
        self.high = high
    }
}
