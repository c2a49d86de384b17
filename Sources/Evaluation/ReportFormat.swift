/// The formats `dragoman eval` writes a report in.
public enum ReportFormat: String, Hashable, Sendable, CaseIterable {
    /// Fixed-width text: systems × ROUGE F with intervals, ×100.
    case table
    /// One JSON object: systems with their metric summaries, document count, recipe.
    case json
    /// One JSON object a line, per document and system.
    case jsonl
    /// One row per system and metric.
    case csv
    /// A self-contained HTML page with the table and a bar chart.
    case html
}
