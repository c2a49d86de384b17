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
    /// - Complexity: O(r · n) per metric for r resamples of n documents, plus sorting r means.
    public func aggregate() -> [RougeMetric: AggregateScore] {
        var result: [RougeMetric: AggregateScore] = [:]
        for (metric, documents) in scores where !documents.isEmpty {
            result[metric] = interval(of: documents)
        }
        return result
    }

    private func interval(of documents: [RougeScore]) -> AggregateScore {
        var generator = SplitMix64(seed: seed)
        var precisions: [Double] = []
        var recalls: [Double] = []
        var fs: [Double] = []
        precisions.reserveCapacity(resampleCount)
        recalls.reserveCapacity(resampleCount)
        fs.reserveCapacity(resampleCount)
        let count = documents.count
        for _ in 0..<resampleCount {
            var sum = RougeScore.zero
            for _ in 0..<count {
                let drawn = documents[generator.next(below: count)]
                sum.precision += drawn.precision
                sum.recall += drawn.recall
                sum.f += drawn.f
            }
            precisions.append(sum.precision / Double(count))
            recalls.append(sum.recall / Double(count))
            fs.append(sum.f / Double(count))
        }
        precisions.sort()
        recalls.sort()
        fs.sort()
        let tail = (1 - confidenceLevel) / 2
        func at(_ quantile: Double) -> RougeScore {
            RougeScore(
                precision: Percentile.linear(precisions, quantile),
                recall: Percentile.linear(recalls, quantile),
                f: Percentile.linear(fs, quantile)
            )
        }
        return AggregateScore(low: at(tail), mid: at(0.5), high: at(1 - tail))
    }
}
