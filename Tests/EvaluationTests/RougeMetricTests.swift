import Testing
@testable import Evaluation

@Suite struct RougeMetricTests {
    @Test(arguments: [
        ("rouge1", RougeMetric.rouge1), ("rouge2", .rouge2), ("rougeL", .rougeL), ("rougeLsum", .rougeLsum),
    ])
    func parsesRougeScoreNames(name: String, metric: RougeMetric) throws {
        #expect(try RougeMetric(name: name) == metric)
        #expect(metric.name == name)
    }

    @Test func parsesAnyPositiveOrder() throws {
        #expect(try RougeMetric(name: "rouge12").kind == .ngram(order: 12))
        #expect(try RougeMetric(ngramOrder: 3).name == "rouge3")
    }

    @Test(arguments: ["rouge0", "rouge", "rougeX", "ROUGE1", "rouge-1", "rouge1a", " rouge1", "rouge+1", "rougel", ""])
    func rejectsOtherNames(name: String) {
        #expect(throws: RougeError.unknownMetric(name)) { try RougeMetric(name: name) }
    }

    @Test func rejectsNonPositiveOrders() {
        #expect(throws: RougeError.invalidNGramOrder(0)) { try RougeMetric(ngramOrder: 0) }
        #expect(RougeError.invalidNGramOrder(0).description == "rouge n-gram order 0 is not positive")
    }

    @Test func sortsNGramsThenLThenLsum() throws {
        let shuffled = [RougeMetric.rougeLsum, .rouge2, .rougeL, try RougeMetric(ngramOrder: 10), .rouge1]
        #expect(shuffled.sorted().map(\.name) == ["rouge1", "rouge2", "rouge10", "rougeL", "rougeLsum"])
    }

    @Test func scorerDropsRepeatedMetrics() {
        let rouge = RougeScorer(metrics: [.rouge1, .rougeL, .rouge1], tokenizer: EnglishRougeTokenizer(stemming: false))
        #expect(rouge.metrics == [.rouge1, .rougeL])
    }
}
