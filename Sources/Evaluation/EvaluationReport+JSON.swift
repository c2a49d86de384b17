#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON and JSON Lines renderings.
extension EvaluationReport {
    /// One object, keys sorted, scores as fractions (not × 100):
    /// `{"confidence": 0.95, "documents": N, "recipe": {…}, "systems": [{"name": "lead",
    /// "rouge1": {"f", "high", "low", "precision", "recall"}, "rouge2": …, "rougeL": …, "rougeLsum": …}]}`.
    ///
    /// - Throws: what `JSONEncoder` throws (it cannot meet a NaN here: scores are never NaN).
    public func json() throws -> String {
        try Self.encode(ReportObject(report: self))
    }

    /// One object a line per document and system, documents in the order first seen, then
    /// systems in report order: `{"document", "system", "rouge1": {"f", "precision", "recall"}, …}`.
    ///
    /// - Throws: what `JSONEncoder` throws.
    public func jsonLines() throws -> String {
        var lines: [String] = []
        let bySystem = systems.map { system in
            (name: system.name, documents: Dictionary(system.documents.map { ($0.document, $0) }) { first, _ in first })
        }
        for document in documentNames {
            for system in bySystem {
                guard let scores = system.documents[document] else { continue }
                lines.append(try Self.encode(DocumentObject(system: system.name, scores: scores)))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// A metric name as a JSON key.
private struct MetricKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

private struct ReportObject: Encodable {
    let report: EvaluationReport

    enum CodingKeys: String, CodingKey { case systems, documents, recipe, confidence }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(report.systems.map(SystemObject.init), forKey: .systems)
        try container.encode(report.documents, forKey: .documents)
        try container.encode(report.recipe, forKey: .recipe)
        try container.encode(report.confidenceLevel, forKey: .confidence)
    }
}

private struct SystemObject: Encodable {
    let system: SystemEvaluation

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: MetricKey.self)
        try container.encode(system.name, forKey: MetricKey(stringValue: "name"))
        for (metric, summary) in system.metrics {
            try container.encode(summary, forKey: MetricKey(stringValue: metric.name))
        }
    }
}

private struct DocumentObject: Encodable {
    let system: String
    let scores: DocumentScores

    private struct Score: Encodable {
        let precision: Double
        let recall: Double
        let f: Double
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: MetricKey.self)
        try container.encode(scores.document, forKey: MetricKey(stringValue: "document"))
        try container.encode(system, forKey: MetricKey(stringValue: "system"))
        for (metric, score) in scores.scores {
            try container.encode(
                Score(precision: score.precision, recall: score.recall, f: score.f),
                forKey: MetricKey(stringValue: metric.name))
        }
    }
}
