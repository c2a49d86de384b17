/// Corpus ROUGE with bootstrap confidence intervals, as rouge-score's `BootstrapAggregator`:
/// each resample draws as many documents as were added, with replacement, and takes the mean
/// of precision, recall and F; the interval is the percentiles of those means.
///
/// ```swift
/// var corpus = try BootstrapAggregator()
/// for (candidate, reference) in pairs { corpus.add(rouge.score(candidate: candidate, reference: reference)) }
/// corpus.aggregate()[.rouge2]?.mid.f   // the median resampled mean ROUGE-2 F
/// ```
///
/// Resampling uses SplitMix64 from `seed`, restarted for each metric, so the same seed and the
/// same scores give the same intervals on every run and platform, and every metric is
/// resampled with the same documents. (rouge-score draws from numpy's global generator, so its
/// intervals differ run to run; the method is the same.)
public struct BootstrapAggregator: Sendable {
    /// The seed used when none is given.
    public static let defaultSeed: UInt64 = 20_040_725

    /// The share of resampled means the interval covers, 0.95 by default.
    public let confidenceLevel: Double
    /// How many resamples are drawn, 1,000 by default.
    public let resampleCount: Int
    /// The seed of the resampling generator.
    public let seed: UInt64
    private var scores: [RougeMetric: [RougeScore]] = [:]

    /// - Throws: `RougeError.invalidConfidenceLevel` outside 0...1, `.invalidResampleCount` below 1.
    public init(confidenceLevel: Double = 0.95, resampleCount: Int = 1_000, seed: UInt64 = defaultSeed)
        throws(RougeError)
    {
        guard confidenceLevel >= 0, confidenceLevel <= 1 else { throw .invalidConfidenceLevel(confidenceLevel) }
        guard resampleCount >= 1 else { throw .invalidResampleCount(resampleCount) }
        self.confidenceLevel = confidenceLevel
        self.resampleCount = resampleCount
        self.seed = seed
    }

    /// Adds one document's scores.
    public mutating func add(_ documentScores: [RougeMetric: RougeScore]) {
        for (metric, score) in documentScores {
            scores[metric, default: []].append(score)
        }
    }

    /// The scores added so far for `metric`, in the order added.
    public func scores(for metric: RougeMetric) -> [RougeScore] {
        scores[metric] ?? []
    }

    /// The confidence interval of every metric that has scores.
    ///
    /// Metrics with the same number of documents draw the same documents (the generator is
    /// restarted from `seed` for each), so they are resampled together, one draw for all.
    ///
    /// - Complexity: O(r · n · k) for r resamples of n documents and k metrics, plus sorting
    ///   r means per metric.
    public func aggregate() -> [RougeMetric: AggregateScore] {
        let tail = (1 - confidenceLevel) / 2
        let quantiles = [tail, 0.5, 1 - tail]
        return percentiles(of: [\.precision, \.recall, \.f], at: quantiles).mapValues { values in
            // values[component][quantile]
            func at(_ index: Int) -> RougeScore {
                RougeScore(precision: values[0][index], recall: values[1][index], f: values[2][index])
            }
            return AggregateScore(low: at(0), mid: at(1), high: at(2))
        }
    }

    /// The confidence interval of F alone for every metric that has scores: what a report
    /// shows, for a third of the resampling work. Equal to `aggregate()`'s `low.f` and `high.f`.
    ///
    /// - Complexity: O(r · n · k) for r resamples of n documents and k metrics.
    func intervalsOfF() -> [RougeMetric: (low: Double, high: Double)] {
        let tail = (1 - confidenceLevel) / 2
        return percentiles(of: [\.f], at: [tail, 1 - tail]).mapValues { ($0[0][0], $0[0][1]) }
    }

    /// Per metric, per component, the value of the resampled means at each quantile. Metrics
    /// with the same number of documents draw the same documents, so they share one pass.
    private func percentiles(
        of components: [KeyPath<RougeScore, Double>], at quantiles: [Double]
    ) -> [RougeMetric: [[Double]]] {
        var groups: [Int: [RougeMetric]] = [:]
        for (metric, documents) in scores where !documents.isEmpty {
            groups[documents.count, default: []].append(metric)
        }
        var result: [RougeMetric: [[Double]]] = [:]
        for (_, metrics) in groups {
            // Column k · components.count + c: metric k's component c.
            let columns = metrics.flatMap { metric in
                let documents = scores[metric] ?? []
                return components.map { component in documents.map { $0[keyPath: component] } }
            }
            let means = BootstrapResampler(columns: columns).means(resamples: resampleCount, seed: seed)
            for (index, metric) in metrics.enumerated() {
                result[metric] = components.indices.map { component in
                    let start = (index * components.count + component) * resampleCount
                    let sorted = means[start..<(start + resampleCount)].sorted()
                    return quantiles.map { Percentile.linear(sorted, $0) }
                }
            }
        }
        return result
    }
}
