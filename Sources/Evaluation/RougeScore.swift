/// Precision, recall and F-measure of one ROUGE metric; each is 0 when undefined, never NaN.
public struct RougeScore: Hashable, Sendable, CustomStringConvertible {
    /// Matched units over the candidate's units.
    public var precision: Double
    /// Matched units over the reference's units.
    public var recall: Double
    /// Harmonic mean of precision and recall (F1).
    public var f: Double

    /// A score with all three values given (as an aggregate or a mean of scores is).
    public init(precision: Double, recall: Double, f: Double) {
        self.precision = precision
        self.recall = recall
        self.f = f
    }

    /// A score whose F is the harmonic mean of `precision` and `recall`, or 0 when both are 0.
    public init(precision: Double, recall: Double) {
        // Same expression and order as rouge-score's `scoring.fmeasure`, so results agree bit for bit.
        let f = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        self.init(precision: precision, recall: recall, f: f)
    }

    /// `matches` units shared by a candidate of `candidateTotal` and a reference of `referenceTotal`
    /// units; an empty side counts as one unit, as rouge-score's `max(count, 1)`.
    init(matches: Int, candidateTotal: Int, referenceTotal: Int) {
        self.init(
            precision: Double(matches) / Double(max(candidateTotal, 1)),
            recall: Double(matches) / Double(max(referenceTotal, 1))
        )
    }

    /// Zero precision, recall and F.
    public static let zero = RougeScore(precision: 0, recall: 0, f: 0)

    public var description: String {
        "P=\(precision) R=\(recall) F=\(f)"
    }
}
