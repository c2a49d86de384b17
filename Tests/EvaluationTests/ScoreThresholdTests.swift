import Testing
import Evaluation

@Suite struct ScoreThresholdTests {
    @Test(arguments: [
        ("rouge1=0.4", RougeMetric.rouge1, 0.4),
        ("rougeL=40", .rougeL, 0.4),
        ("rougeLsum = 35.5", .rougeLsum, 0.355),
        ("rouge2=1", .rouge2, 1.0),
        ("rouge2=0", .rouge2, 0.0),
        ("rouge1=100", .rouge1, 1.0),
    ])
    func readsFractionsAndPercentages(text: String, metric: RougeMetric, minimum: Double) throws {
        let threshold = try ScoreThreshold(parsing: text)
        #expect(threshold.metric == metric)
        #expect(abs(threshold.minimum - minimum) < 1e-12)
    }

    @Test func namesTheBadPartOfAThreshold() {
        #expect(throws: ScoreThresholdError.malformed("rouge1")) { try ScoreThreshold(parsing: "rouge1") }
        #expect(throws: ScoreThresholdError.malformed("=0.4")) { try ScoreThreshold(parsing: "=0.4") }
        #expect(throws: ScoreThresholdError.unknownMetric("bleu=0.4", name: "bleu")) {
            try ScoreThreshold(parsing: "bleu=0.4")
        }
        #expect(throws: ScoreThresholdError.invalidValue("rouge1=abc", value: "abc")) {
            try ScoreThreshold(parsing: "rouge1=abc")
        }
        #expect(throws: ScoreThresholdError.invalidValue("rouge1=150", value: "150")) {
            try ScoreThreshold(parsing: "rouge1=150")
        }
        #expect(throws: ScoreThresholdError.invalidValue("rouge1=-1", value: "-1")) {
            try ScoreThreshold(parsing: "rouge1=-1")
        }
        #expect(ScoreThresholdError.unknownMetric("bleu=0.4", name: "bleu").description.contains("'bleu'"))
    }

    /// lead: ROUGE-1 0.75, ROUGE-L 0.6; the other: ROUGE-1 0.24, ROUGE-L 1/6; neither has ROUGE-2.
    @Test func listsTheSystemsBelowAThreshold() throws {
        let report = try EvaluationReportTests.report()
        let hostile = EvaluationReportTests.hostileName
        #expect(report.systemsBelow([try ScoreThreshold(parsing: "rouge1=0.5")]) == [hostile])
        #expect(report.systemsBelow([try ScoreThreshold(parsing: "rouge1=24")]).isEmpty)
        #expect(report.systemsBelow([try ScoreThreshold(parsing: "rougeL=70")]) == ["lead", hostile])
        #expect(report.systemsBelow([try ScoreThreshold(parsing: "rouge2=0.1")]) == ["lead", hostile])
        #expect(report.systemsBelow([]).isEmpty)
        let failures = report.failures(of: [try ScoreThreshold(parsing: "rouge1=0.5"), try ScoreThreshold(parsing: "rougeL=0.5")])
        #expect(failures.map { "\($0.system) \($0.threshold.metric)" } == ["\(hostile) rouge1", "\(hostile) rougeL"])
    }
}
