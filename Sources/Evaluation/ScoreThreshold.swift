/// A minimum corpus F for one metric, as `dragoman eval --fail-below METRIC=VALUE` gives it.
///
/// ```swift
/// try ScoreThreshold(parsing: "rouge1=0.4").minimum   // 0.4
/// try ScoreThreshold(parsing: "rougeL=40").minimum    // 0.4: a value above 1 is a percentage
/// report.systemsBelow([try ScoreThreshold(parsing: "rouge2=0.2")])   // ["random"]
/// ```
public struct ScoreThreshold: Hashable, Sendable, CustomStringConvertible {
    /// The metric whose mean F is checked.
    public let metric: RougeMetric
    /// The lowest acceptable mean F, as a fraction (0...1).
    public let minimum: Double

    /// A threshold; `minimum` is a fraction, clamped to 0...1.
    public init(metric: RougeMetric, minimum: Double) {
        self.metric = metric
        self.minimum = min(max(minimum, 0), 1)
    }

    /// Reads `METRIC=VALUE`: a metric rouge-score names (`rouge1`, `rouge2`, `rougeL`,
    /// `rougeLsum`) and a number, read as a fraction up to 1 and as a percentage above 1.
    ///
    /// - Throws: `ScoreThresholdError` naming the text and what is wrong with it.
    public init(parsing text: String) throws(ScoreThresholdError) {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw .malformed(text) }
        let name = parts[0].trimmingSpaces()
        let value = parts[1].trimmingSpaces()
        guard !name.isEmpty, !value.isEmpty else { throw .malformed(text) }
        let metric: RougeMetric
        do {
            metric = try RougeMetric(name: name)
        } catch {
            throw .unknownMetric(text, name: name)
        }
        guard let number = Double(value), number.isFinite, number >= 0, number <= 100 else {
            throw .invalidValue(text, value: value)
        }
        self.init(metric: metric, minimum: number > 1 ? number / 100 : number)
    }

    /// Whether `summary`'s mean F is below the minimum; a missing summary is below.
    public func isMissed(by summary: MetricSummary?) -> Bool {
        guard let summary else { return true }
        return summary.f < minimum
    }

    public var description: String {
        "\(metric.name)=\(minimum)"
    }
}

extension Substring {
    /// The text without spaces at either end.
    fileprivate func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { $0 != " " }), let last = lastIndex(where: { $0 != " " }) else {
            return ""
        }
        return String(self[first...last])
    }
}
