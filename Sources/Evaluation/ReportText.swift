/// Small text helpers the report renderers share.
enum ReportText {
    /// `value` × 100 with one decimal, rounded half away from zero: 0.7494 → "74.9".
    static func percent(_ value: Double) -> String {
        guard value.isFinite, value.magnitude < 1e12 else { return "n/a" }
        let tenths = Int((value * 1000).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// A summary's F × 100 and its interval: `74.9 [71.9, 78.2]`.
    static func cell(_ summary: MetricSummary) -> String {
        "\(percent(summary.f)) [\(percent(summary.low)), \(percent(summary.high))]"
    }

    /// The confidence level as a percentage without a needless decimal: 0.95 → "95".
    static func level(_ confidenceLevel: Double) -> String {
        let text = percent(confidenceLevel)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// `text` padded with spaces on the right to `width` Unicode scalars.
    static func padded(_ text: String, to width: Int) -> String {
        let count = text.unicodeScalars.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    /// The name a table header shows: `ROUGE-1`, `ROUGE-L`, `ROUGE-Lsum`.
    static func title(of metric: RougeMetric) -> String {
        switch metric.kind {
        case .ngram(let order): "ROUGE-\(order)"
        case .longestCommonSubsequence: "ROUGE-L"
        case .summaryLevelLongestCommonSubsequence: "ROUGE-Lsum"
        }
    }
}
