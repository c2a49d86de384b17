/// One system's results: its per-document scores and, per metric, the corpus summary.
///
/// ```swift
/// let lead = try SystemEvaluation(name: "lead", documents: scores, bootstrap: BootstrapAggregator())
/// lead.metrics[.rouge1]?.f     // mean ROUGE-1 F over the documents
/// lead.metrics[.rouge1]?.low   // its 2.5th bootstrap percentile
/// ```
public struct SystemEvaluation: Hashable, Sendable {
    /// The system's name as reports show it.
    public let name: String
    /// The scores of each document, in the order given.
    public let documents: [DocumentScores]
    /// The corpus summary of each metric that has scores.
    public let metrics: [RougeMetric: MetricSummary]

    /// A system's results with summaries given (as decoded or computed elsewhere).
    public init(name: String, documents: [DocumentScores], metrics: [RougeMetric: MetricSummary]) {
        self.name = name
        self.documents = documents
        self.metrics = metrics
    }

    /// A system's results with means only: each metric's interval is its mean (for reports
    /// that show no corpus summary).
    public init(name: String, documents: [DocumentScores]) {
        var sums: [RougeMetric: (precision: Double, recall: Double, f: Double, count: Int)] = [:]
        for document in documents {
            for (metric, score) in document.scores {
                var sum = sums[metric] ?? (0, 0, 0, 0)
                sum.precision += score.precision
                sum.recall += score.recall
                sum.f += score.f
                sum.count += 1
                sums[metric] = sum
            }
        }
        let metrics = sums.mapValues { sum in
            let count = Double(sum.count)
            let f = sum.f / count
            return MetricSummary(precision: sum.precision / count, recall: sum.recall / count, f: f, low: f, high: f)
        }
        self.init(name: name, documents: documents, metrics: metrics)
    }

    /// A system's results, the means computed from `documents` and the intervals drawn by
    /// `bootstrap`, an aggregator with the wanted settings and no scores yet (being a value,
    /// one empty aggregator can serve every system).
    ///
    /// - Complexity: that of `BootstrapAggregator.aggregate()` over the documents.
    public init(name: String, documents: [DocumentScores], bootstrap: BootstrapAggregator) {
        var corpus = bootstrap
        for document in documents { corpus.add(document.scores) }
        var metrics: [RougeMetric: MetricSummary] = [:]
        for (metric, interval) in corpus.intervalsOfF() {
            let scores = corpus.scores(for: metric)
            let count = Double(scores.count)
            metrics[metric] = MetricSummary(
                precision: scores.reduce(0) { $0 + $1.precision } / count,
                recall: scores.reduce(0) { $0 + $1.recall } / count,
                f: scores.reduce(0) { $0 + $1.f } / count,
                low: interval.low,
                high: interval.high)
        }
        self.init(name: name, documents: documents, metrics: metrics)
    }
}
