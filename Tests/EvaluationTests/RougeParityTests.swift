import Testing
@testable import Evaluation

/// Precision, recall and F as the parity fixtures store them.
struct ExpectedScore: Decodable {
    let precision: Double
    let recall: Double
    let f: Double
}

/// One line of `rouge_parity.jsonl`, written by tools/rouge-parity/make_vectors.py from
/// rouge-score 0.1.2.
struct ParityPair: Decodable {
    let id: String
    let candidate: String
    let reference: String
    let unstemmed: [String: ExpectedScore]
    let stemmed: [String: ExpectedScore]
}

/// One line of `rouge_multi_reference.jsonl`: rouge-score's `score_multi` and the mean of its
/// per-reference scores.
struct MultiReferenceCase: Decodable {
    let id: String
    let candidate: String
    let references: [String]
    let stemming: Bool
    let max: [String: ExpectedScore]
    let mean: [String: ExpectedScore]
}

/// Records an issue unless `actual` agrees with `expected` to 1e-6 in every component.
func expectClose(
    _ actual: RougeScore?, _ expected: ExpectedScore, _ label: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let actual else {
        Issue.record("\(label): no score", sourceLocation: sourceLocation)
        return
    }
    let agrees = abs(actual.precision - expected.precision) <= 1e-6 && abs(actual.recall - expected.recall) <= 1e-6
        && abs(actual.f - expected.f) <= 1e-6
    #expect(agrees, "\(label): got \(actual), rouge-score P=\(expected.precision) R=\(expected.recall) F=\(expected.f)",
        sourceLocation: sourceLocation)
}

@Suite struct RougeParityTests {
    static let metrics: [RougeMetric] = [.rouge1, .rouge2, try! RougeMetric(ngramOrder: 3), .rougeL, .rougeLsum]

    @Test func fixtureHoldsThreeHundredPairsAndEveryMetric() {
        let pairs = Fixtures.jsonLines("rouge_parity.jsonl", as: ParityPair.self)
        #expect(pairs.count >= 300)
        #expect(pairs.allSatisfy { Set($0.unstemmed.keys) == Set(Self.metrics.map(\.name)) })
        #expect(pairs.allSatisfy { Set($0.stemmed.keys) == Set(Self.metrics.map(\.name)) })
    }

    @Test(arguments: [false, true])
    func matchesRougeScoreOnEveryPair(stemming: Bool) throws {
        let rouge = RougeScorer(metrics: Self.metrics, tokenizer: EnglishRougeTokenizer(stemming: stemming))
        for pair in Fixtures.jsonLines("rouge_parity.jsonl", as: ParityPair.self) {
            let scores = rouge.score(candidate: pair.candidate, reference: pair.reference)
            for (name, expected) in stemming ? pair.stemmed : pair.unstemmed {
                let metric = try RougeMetric(name: name)
                expectClose(scores[metric], expected, "\(pair.id) \(name) stemming=\(stemming)")
            }
        }
    }

    /// rouge-score skips whole-text tokenizing when rougeLsum is alone; each metric must not
    /// depend on which others are asked for.
    @Test(arguments: [RougeMetric.rouge2, .rougeL, .rougeLsum])
    func matchesRougeScoreWithOneMetricAlone(metric: RougeMetric) {
        let rouge = RougeScorer(metrics: [metric], tokenizer: EnglishRougeTokenizer(stemming: true))
        for pair in Fixtures.jsonLines("rouge_parity.jsonl", as: ParityPair.self) {
            guard let expected = pair.stemmed[metric.name] else { continue }
            let scores = rouge.score(candidate: pair.candidate, reference: pair.reference)
            #expect(scores.count == 1)
            expectClose(scores[metric], expected, "\(pair.id) \(metric) alone")
        }
    }

    @Test func matchesScoreMultiAndTheComponentWiseMean() throws {
        let cases = Fixtures.jsonLines("rouge_multi_reference.jsonl", as: MultiReferenceCase.self)
        #expect(cases.count >= 20)
        for item in cases {
            let rouge = RougeScorer(metrics: Self.metrics, tokenizer: EnglishRougeTokenizer(stemming: item.stemming))
            let best = rouge.score(candidate: item.candidate, references: item.references, combination: .max)
            let mean = rouge.score(candidate: item.candidate, references: item.references, combination: .mean)
            for (name, expected) in item.max {
                expectClose(best[try RougeMetric(name: name)], expected, "\(item.id) max \(name)")
            }
            for (name, expected) in item.mean {
                expectClose(mean[try RougeMetric(name: name)], expected, "\(item.id) mean \(name)")
            }
        }
    }
}
