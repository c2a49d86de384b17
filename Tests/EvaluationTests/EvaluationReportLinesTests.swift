import Foundation
import Testing
import Evaluation

/// The hand-written JSON lines, byte for byte against `JSONEncoder`; the protocol line.
@Suite struct EvaluationReportLinesTests {
    /// What `jsonLines()` promises, encoded by `JSONEncoder` with sorted keys.
    struct Line: Encodable {
        struct Score: Encodable { let precision, recall, f: Double }
        let document: String
        let system: String
        let scores: [String: Score]

        struct Key: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(document, forKey: Key(stringValue: "document"))
            try container.encode(system, forKey: Key(stringValue: "system"))
            for (name, score) in scores { try container.encode(score, forKey: Key(stringValue: name)) }
        }
    }

    @Test func writesEachLineAsJSONEncoderWould() throws {
        let awkward = "a \"quoted\"/slashed\\name\n\t\u{1}\u{1F}\u{7F} بغداد é"
        let scores: [RougeMetric: RougeScore] = [
            .rouge1: RougeScore(precision: 1, recall: 0, f: 0),
            .rouge2: RougeScore(precision: 1e-7, recall: 0.1 + 0.2, f: 2.0 / 3),
            try RougeMetric(name: "rouge10"): RougeScore(precision: 0.5, recall: 0.25, f: 1.0 / 3),
            .rougeL: RougeScore(precision: 0.125, recall: Double.leastNonzeroMagnitude, f: 123_456.0),
            .rougeLsum: .zero,
        ]
        let system = SystemEvaluation(
            name: awkward, documents: [DocumentScores(document: awkward, scores: scores)], metrics: [:])
        let report = EvaluationReport(recipe: try RougeRecipe(language: .english, stemming: false), systems: [system])

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = Line(
            document: awkward, system: awkward,
            scores: Dictionary(uniqueKeysWithValues: scores.map {
                ($0.key.name, Line.Score(precision: $0.value.precision, recall: $0.value.recall, f: $0.value.f))
            }))
        let line = try report.jsonLines()
        let encoded = String(decoding: try encoder.encode(expected), as: UTF8.self) + "\n"
        #expect(line == encoded, "\(line.debugDescription)\n\(encoded.debugDescription)")
    }

    @Test func statesTheProtocolWhenThereIsOne() throws {
        let recipe = try RougeRecipe(language: .arabic, stemming: false)
        let plain = EvaluationReport(recipe: recipe, systems: [])
        let easc = EvaluationReport(recipe: recipe, systems: [], summaryProtocol: "EASC: budget <words>")
        #expect(!plain.table().contains("protocol:"))
        #expect(easc.table().hasSuffix("protocol: EASC: budget <words>\n"))
        let object = try JSONSerialization.jsonObject(with: Data(try easc.json().utf8)) as? [String: Any]
        #expect(object?["protocol"] as? String == "EASC: budget <words>")
        #expect(try plain.json().contains("protocol") == false)
        #expect(easc.html().contains("<p>Protocol: EASC: budget &lt;words&gt;</p>"))
    }
}
