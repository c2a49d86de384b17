import Foundation
import Testing
import Evaluation

/// Every renderer on a two-system, three-document report.
@Suite struct EvaluationReportTests {
    static let hostileName = "<script>alert('x, y')</script>"

    /// lead: two documents, ROUGE-1 F 0.5 and 1 (mean 0.75), ROUGE-L F 0.4 and 0.8 (mean 0.6).
    /// Each resample of two documents has mean 0.5, 0.75 or 1 (ROUGE-1) with chances 1/4, 1/2,
    /// 1/4, so of 1,000 resamples far more than 25 sit at each end: the 2.5th and 97.5th
    /// percentiles are the extremes, 0.5 and 1 (0.4 and 0.8 for ROUGE-L).
    static func report() throws -> EvaluationReport {
        let lead = SystemEvaluation(
            name: "lead",
            documents: [
                DocumentScores(document: "d1", scores: [
                    .rouge1: RougeScore(precision: 0.5, recall: 0.5, f: 0.5),
                    .rougeL: RougeScore(precision: 0.4, recall: 0.4, f: 0.4),
                ]),
                DocumentScores(document: "d2", scores: [
                    .rouge1: RougeScore(precision: 1, recall: 1, f: 1),
                    .rougeL: RougeScore(precision: 0.8, recall: 0.8, f: 0.8),
                ]),
            ],
            bootstrap: try BootstrapAggregator())
        let hostile = SystemEvaluation(
            name: hostileName,
            documents: [
                DocumentScores(document: "d1", scores: [.rouge1: .zero, .rougeL: .zero]),
                DocumentScores(document: "d3", scores: [
                    .rouge1: RougeScore(precision: 0.6, recall: 0.4, f: 0.48),
                    .rougeL: RougeScore(precision: 0.5, recall: 0.25, f: 1.0 / 3),
                ]),
            ],
            metrics: [
                .rouge1: MetricSummary(precision: 0.3, recall: 0.2, f: 0.24, low: 0, high: 0.48),
                .rougeL: MetricSummary(precision: 0.25, recall: 0.125, f: 1.0 / 6, low: 0, high: 1.0 / 3),
            ])
        return EvaluationReport(recipe: try RougeRecipe(language: .arabic, stemming: false), systems: [lead, hostile])
    }

    @Test func computesMeansAndBootstrapIntervals() throws {
        let lead = try Self.report().systems[0]
        #expect(lead.metrics[.rouge1] == MetricSummary(precision: 0.75, recall: 0.75, f: 0.75, low: 0.5, high: 1))
        let rougeL = try #require(lead.metrics[.rougeL])
        #expect(abs(rougeL.f - 0.6) < 1e-12)
        #expect(abs(rougeL.low - 0.4) < 1e-12 && abs(rougeL.high - 0.8) < 1e-12)
    }

    /// Means only (JSON Lines needs no intervals): the same means as with the bootstrap, each
    /// interval collapsed onto its mean.
    @Test func computesMeansWithoutIntervalsWhenNoneAreWanted() throws {
        let lead = try Self.report().systems[0]
        let meansOnly = SystemEvaluation(name: "lead", documents: lead.documents)
        #expect(meansOnly.metrics[.rouge1] == MetricSummary(precision: 0.75, recall: 0.75, f: 0.75, low: 0.75, high: 0.75))
        #expect(meansOnly.metrics.mapValues(\.f) == lead.metrics.mapValues(\.f))
    }

    @Test func countsDistinctDocumentsAndMetrics() throws {
        let report = try Self.report()
        #expect(report.documents == 3)
        #expect(report.metrics == [.rouge1, .rougeL])
    }

    @Test func tableShowsFTimesAHundredWithIntervals() throws {
        let table = try Self.report().table()
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("system"))
        #expect(lines[0].contains("ROUGE-1") && lines[0].contains("ROUGE-L"))
        #expect(lines[1].hasPrefix("lead "))
        #expect(lines[1].contains("75.0 [50.0, 100.0]"))
        #expect(lines[1].contains("60.0 [40.0, 80.0]"))
        #expect(lines[2].contains("24.0 [0.0, 48.0]"))
        #expect(lines[2].contains("16.7 [0.0, 33.3]"))
        // The ROUGE-L column starts at the same place on every row.
        let column = lines[0].range(of: "ROUGE-L")?.lowerBound.utf16Offset(in: lines[0])
        #expect(lines[1].range(of: "60.0")?.lowerBound.utf16Offset(in: lines[1]) == column)
        #expect(table.contains("3 documents; F x 100 with 95% bootstrap intervals"))
        #expect(table.contains("recipe: ar: matching-key normalisation"))
    }

    @Test func jsonParsesBackWithEveryField() throws {
        let json = try Self.report().json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["documents"] as? Int == 3)
        #expect((object["recipe"] as? [String: Any])?["language"] as? String == "ar")
        let systems = try #require(object["systems"] as? [[String: Any]])
        #expect(systems.map { $0["name"] as? String } == ["lead", Self.hostileName])
        let rouge1 = try #require(systems[0]["rouge1"] as? [String: Double])
        #expect(rouge1 == ["precision": 0.75, "recall": 0.75, "f": 0.75, "low": 0.5, "high": 1])
        #expect((systems[1]["rougeL"] as? [String: Double])?["recall"] == 0.125)
        #expect(systems[0]["rouge2"] == nil)
        // Keys sorted.
        let order = ["\"confidence\"", "\"documents\"", "\"recipe\"", "\"systems\""].compactMap { json.range(of: $0)?.lowerBound }
        #expect(order.count == 4 && order == order.sorted())
    }

    @Test func jsonLinesHoldOneObjectPerDocumentAndSystem() throws {
        let lines = try Self.report().jsonLines().split(separator: "\n").map(String.init)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { "\($0["document"] ?? "")/\($0["system"] ?? "")" }
            == ["d1/lead", "d1/\(Self.hostileName)", "d2/lead", "d3/\(Self.hostileName)"])
        #expect(objects[2]["rouge1"] as? [String: Double] == ["precision": 1, "recall": 1, "f": 1])
        #expect((objects[3]["rougeL"] as? [String: Double])?["recall"] == 0.25)
    }

    @Test func csvHasAHeaderAndARowPerSystemAndMetric() throws {
        let rows = try Self.report().csv().split(separator: "\n").map(String.init)
        #expect(rows.count == 1 + 2 * 2)
        #expect(rows[0] == "system,metric,precision,recall,f,low,high")
        #expect(rows[1] == "lead,rouge1,0.75,0.75,0.75,0.5,1.0")
        #expect(rows[3].hasPrefix("\"<script>alert('x, y')</script>\",rouge1,"))
    }

    @Test func htmlIsSelfContainedAndEscapesEveryText() throws {
        let html = try Self.report().html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x, y&#39;)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
        #expect(html.contains("<svg") && html.contains("</svg>"))
        #expect(html.contains("75.0"))
        for external in ["src=", "href=", "<link", "@import", "url("] {
            #expect(!html.contains(external), "\(external)")
        }
        // One bar and one error bar per system and metric.
        #expect(html.components(separatedBy: "<rect").count - 1 == 4)
        #expect(html.components(separatedBy: "<path").count - 1 == 4)
    }

    @Test func rendersEachFormatByName() throws {
        let report = try Self.report()
        #expect(try report.rendered(as: .table) == report.table())
        #expect(try report.rendered(as: .csv) == report.csv())
        #expect(try report.rendered(as: .jsonl) == report.jsonLines())
    }
}
