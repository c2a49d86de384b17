/// How the scores of a candidate against several references become one score per metric.
public enum ReferenceCombination: String, Sendable, Hashable, CaseIterable {
    /// Per metric, the score against the reference with the highest F (the first on a tie),
    /// as rouge-score's `score_multi`.
    case max
    /// Per metric, the component-wise mean of precision, recall and F over the references.
    case mean
}
