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
        var groups: [Int: [RougeMetric]] = [:]
        for (metric, documents) in scores where !documents.isEmpty {
            groups[documents.count, default: []].append(metric)
        }
        var result: [RougeMetric: AggregateScore] = [:]
        for (_, metrics) in groups {
            for (metric, interval) in zip(metrics, intervals(of: metrics.map { scores[$0] ?? [] })) {
                result[metric] = interval
            }
        }
        return result
    }

    /// The intervals of several metrics' scores over the same number of documents.
    private func intervals(of metrics: [[RougeScore]]) -> [AggregateScore] {
        // Columns 3k, 3k + 1 and 3k + 2: metric k's precision, recall and F.
        let columns = metrics.flatMap { documents in
            [documents.map(\.precision), documents.map(\.recall), documents.map(\.f)]
        }
        let means = BootstrapResampler(columns: columns).means(resamples: resampleCount, seed: seed)
        let tail = (1 - confidenceLevel) / 2
        return metrics.indices.map { index in
            let sorted = (0..<3).map { component in
                let start = (index * 3 + component) * resampleCount
                return means[start..<(start + resampleCount)].sorted()
            }
            func at(_ quantile: Double) -> RougeScore {
                RougeScore(
                    precision: Percentile.linear(sorted[0], quantile),
                    recall: Percentile.linear(sorted[1], quantile),
                    f: Percentile.linear(sorted[2], quantile))
            }
            return AggregateScore(low: at(tail), mid: at(0.5), high: at(1 - tail))
        }
    }
}
