/// The fixed-width text table.
extension EvaluationReport {
    /// Systems down, metrics across, each cell F × 100 with one decimal and its interval:
    ///
    /// ```
    /// system  ROUGE-1            ROUGE-2            ROUGE-L            ROUGE-Lsum
    /// lead    74.9 [71.9, 78.2]  70.4 [66.7, 74.4]  72.2 [68.6, 76.4]  74.6 [71.5, 77.9]
    ///
    /// 51 documents; F x 100 with 95% bootstrap intervals
    /// recipe: ar: matching-key normalisation (…), word tokens, no stemming, stop words kept; …
    /// protocol: EASC: budget = mean reference length in words, rounded; …
    /// ```
    ///
    /// The protocol line is there only when the report has one.
    ///
    /// A metric a system lacks shows `-`. Widths count Unicode scalars.
    public func table() -> String {
        let metrics = metrics
        var rows: [[String]] = [["system"] + metrics.map(ReportText.title(of:))]
        for system in systems {
            rows.append([system.name] + metrics.map { metric in
                guard let summary = system.metrics[metric] else { return "-" }
                return ReportText.cell(summary)
            })
        }
        let columns = rows[0].count
        let widths = (0..<columns).map { column in rows.map { $0[column].unicodeScalars.count }.max() ?? 0 }
        var lines = rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                line += column == columns - 1 ? cell : ReportText.padded(cell, to: widths[column]) + "  "
            }
            return line
        }
        lines.append("")
        let documentCount = "\(documents) document\(documents == 1 ? "" : "s")"
        lines.append("\(documentCount); F x 100 with \(ReportText.level(confidenceLevel))% bootstrap intervals")
        lines.append("recipe: \(recipe.description)")
        if let summaryProtocol { lines.append("protocol: \(summaryProtocol)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
