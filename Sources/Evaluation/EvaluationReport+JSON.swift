import ArabicText
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON and JSON Lines renderings.
extension EvaluationReport {
    /// One object, keys sorted, scores as fractions (not × 100):
    /// `{"confidence": 0.95, "documents": N, "recipe": {…}, "systems": [{"name": "lead",
    /// "rouge1": {"f", "high", "low", "precision", "recall"}, "rouge2": …, "rougeL": …, "rougeLsum": …}]}`,
    /// and `"protocol": "…"` when the report has one.
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
        let documentNames = documentNames
        // One system whose names are distinct: its documents in order; otherwise each
        // system's looked up by name.
        let single = systems.count == 1 && systems[0].documents.count == documentNames.count ? systems[0].documents : nil
        let bySystem = systems.map { system in
            (name: system.name,
             documents: single != nil ? [:] : Dictionary(system.documents.map { ($0.document, $0) }) { first, _ in first })
        }
        // Keys in JSONEncoder's sorted order: document, the metric names, system.
        var metrics: Set<RougeMetric> = []
        for system in systems { for document in system.documents { metrics.formUnion(document.scores.keys) } }
        let metricKeys = metrics.map { (metric: $0, key: Array(JSONText.string($0.name).utf8)) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
        // Bytes, not String appends: a few hundred thousand small appends were most of the time.
        // The documents in a block a core, the blocks joined in order.
        let blocks = Array(documentNames.indices).concurrentSliceMap { indices in
            var json = JSONWriter(capacity: indices.count * systems.count * (80 + 110 * metricKeys.count))
            for index in indices {
                let document = documentNames[index]
                for system in bySystem {
                    guard let scores = single?[index] ?? system.documents[document] else { continue }
                    json.beginObject()
                    json.member("document", string: document)
                    for (metric, key) in metricKeys {
                        guard let score = scores.scores[metric] else { continue }
                        json.beginObject(quotedKey: key)
                        json.member("f", number: score.f)
                        json.member("precision", number: score.precision)
                        json.member("recall", number: score.recall)
                        json.endObject()
                    }
                    json.member("system", string: system.name)
                    json.endObject()
                    json.newline()
                }
            }
            return [json.bytes]
        }
        var text = ""
        text.reserveCapacity(blocks.reduce(0) { $0 + $1.count })
        for block in blocks { text += String(decoding: block, as: UTF8.self) }
        return text
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

    enum CodingKeys: String, CodingKey { case systems, documents, recipe, confidence, `protocol` }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(report.systems.map(SystemObject.init), forKey: .systems)
        try container.encode(report.documents, forKey: .documents)
        try container.encode(report.recipe, forKey: .recipe)
        try container.encode(report.confidenceLevel, forKey: .confidence)
        try container.encodeIfPresent(report.summaryProtocol, forKey: .protocol)
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
