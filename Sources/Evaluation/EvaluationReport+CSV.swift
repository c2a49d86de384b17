/// The CSV rendering.
extension EvaluationReport {
    /// A header, then one row per system and metric (in rouge-score's metric order), scores as
    /// fractions: `system,metric,precision,recall,f,low,high`. Fields holding a comma, quote or
    /// line break are quoted (RFC 4180); lines end with a line feed.
    public func csv() -> String {
        var rows = ["system,metric,precision,recall,f,low,high"]
        for system in systems {
            for metric in metrics {
                guard let summary = system.metrics[metric] else { continue }
                let numbers = [summary.precision, summary.recall, summary.f, summary.low, summary.high]
                let fields = [Self.csvField(system.name), metric.name] + numbers.map { "\($0)" }
                rows.append(fields.joined(separator: ","))
            }
        }
        return rows.map { $0 + "\n" }.joined()
    }

    static func csvField(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
