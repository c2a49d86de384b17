import ArabicText
import Testing
@testable import Evaluation

@Suite struct BootstrapAggregatorTests {
    /// Forty documents with varied scores for two metrics.
    func corpus(seed: UInt64 = BootstrapAggregator.defaultSeed) throws -> BootstrapAggregator {
        var aggregator = try BootstrapAggregator(seed: seed)
        for index in 0..<40 {
            let x = Double((index * 37) % 40) / 40
            aggregator.add([
                .rouge1: RougeScore(precision: x, recall: 1 - x / 2),
                .rougeL: RougeScore(precision: x * x, recall: x),
            ])
        }
        return aggregator
    }

    func mean(_ scores: [RougeScore]) -> RougeScore {
        ReferenceCombination.mean.combine(scores)
    }

    @Test func givesTheSameIntervalsForTheSameSeed() throws {
        #expect(try corpus().aggregate() == corpus().aggregate())
        #expect(try corpus(seed: 1).aggregate() != corpus(seed: 2).aggregate())
    }

    @Test func intervalContainsTheMean() throws {
        let aggregator = try corpus()
        let result = aggregator.aggregate()
        #expect(result.count == 2)
        for metric in [RougeMetric.rouge1, .rougeL] {
            let interval = try #require(result[metric])
            let average = mean(aggregator.scores(for: metric))
            for (low, mid, high, value) in [
                (interval.low.precision, interval.mid.precision, interval.high.precision, average.precision),
                (interval.low.recall, interval.mid.recall, interval.high.recall, average.recall),
                (interval.low.f, interval.mid.f, interval.high.f, average.f),
            ] {
                #expect(low < value && value < high, "\(metric): \(low) < \(value) < \(high)")
                #expect(low <= mid && mid <= high)
                // The median of 1,000 resampled means of 40 documents sits close to the mean.
                #expect(abs(mid - value) < 0.02)
            }
        }
    }

    @Test func collapsesToTheScoreWhenEveryDocumentAgrees() throws {
        var aggregator = try BootstrapAggregator(resampleCount: 50)
        let score = RougeScore(precision: 0.5, recall: 0.25)
        for _ in 0..<5 { aggregator.add([.rouge2: score]) }
        #expect(aggregator.aggregate()[.rouge2] == AggregateScore(low: score, mid: score, high: score))
    }

    @Test func rejectsImpossibleSettings() {
        #expect(throws: RougeError.invalidConfidenceLevel(1.5)) { try BootstrapAggregator(confidenceLevel: 1.5) }
        #expect(throws: RougeError.invalidResampleCount(0)) { try BootstrapAggregator(resampleCount: 0) }
    }

    @Test func aggregatesNothingToNothing() throws {
        #expect(try BootstrapAggregator().aggregate().isEmpty)
    }

    /// numpy.percentile([1, 2, 3, 4], [0, 25, 50, 100]) is [1, 1.75, 2.5, 4]: virtual index
    /// q·(n-1) = 0, 0.75, 1.5, 3, interpolated linearly.
    @Test(arguments: [(0.0, 1.0), (0.25, 1.75), (0.5, 2.5), (1.0, 4.0)])
    func takesPercentilesAsNumpyDoes(quantile: Double, expected: Double) {
        #expect(Percentile.linear([1, 2, 3, 4], quantile) == expected)
    }

    @Test func drawsTheSameIntegersForTheSameSeed() {
        var a = SplitMix64(seed: 42)
        var b = SplitMix64(seed: 42)
        let drawsA = (0..<100).map { _ in a.next(below: 7) }
        #expect(drawsA == (0..<100).map { _ in b.next(below: 7) })
        #expect(drawsA.allSatisfy { (0..<7).contains($0) })
        #expect(Set(drawsA).count == 7)
    }

    /// The grouped, vectorised resampling gives exactly what resampling each metric on its
    /// own, the straightforward way written here, gives.
    @Test func resamplesEveryMetricExactlyAsAlone() throws {
        let aggregator = try corpus()
        let result = aggregator.aggregate()
        for metric in [RougeMetric.rouge1, .rougeL] {
            let documents = aggregator.scores(for: metric)
            var generator = SplitMix64(seed: aggregator.seed)
            var means: [[Double]] = [[], [], []]
            for _ in 0..<aggregator.resampleCount {
                var sum = (0.0, 0.0, 0.0)
                for _ in documents.indices {
                    let drawn = documents[generator.next(below: documents.count)]
                    sum.0 += drawn.precision
                    sum.1 += drawn.recall
                    sum.2 += drawn.f
                }
                let count = Double(documents.count)
                means[0].append(sum.0 / count)
                means[1].append(sum.1 / count)
                means[2].append(sum.2 / count)
            }
            let sorted = means.map { $0.sorted() }
            let tail = (1 - aggregator.confidenceLevel) / 2
            let low = RougeScore(
                precision: Percentile.linear(sorted[0], tail), recall: Percentile.linear(sorted[1], tail),
                f: Percentile.linear(sorted[2], tail))
            let high = RougeScore(
                precision: Percentile.linear(sorted[0], 1 - tail), recall: Percentile.linear(sorted[1], 1 - tail),
                f: Percentile.linear(sorted[2], 1 - tail))
            #expect(result[metric]?.low == low)
            #expect(result[metric]?.high == high)
        }
    }

    @Test func skipsAheadAsIfItHadDrawn() {
        var stepped = SplitMix64(seed: 9)
        for _ in 0..<1_234 { _ = stepped.next() }
        var skipped = SplitMix64(seed: 9, skipping: 1_234)
        #expect(skipped == stepped)
        #expect(skipped.next() == stepped.next())
    }

    /// Fewer resamples than the resampler's chunks, and a count that does not divide evenly.
    @Test(arguments: [1, 3, 7])
    func resamplesFewTimesAsOften(resamples: Int) throws {
        var aggregator = try BootstrapAggregator(resampleCount: resamples)
        var alone = SplitMix64(seed: aggregator.seed)
        let values = [0.1, 0.4, 0.9]
        for value in values { aggregator.add([.rouge1: RougeScore(precision: value, recall: value, f: value)]) }
        var means: [Double] = []
        for _ in 0..<resamples {
            var sum = 0.0
            for _ in values.indices { sum += values[alone.next(below: values.count)] }
            means.append(sum / 3)
        }
        let tail = (1 - aggregator.confidenceLevel) / 2
        #expect(aggregator.aggregate()[.rouge1]?.low.f == Percentile.linear(means.sorted(), tail))
        #expect(aggregator.aggregate()[.rouge1]?.high.f == Percentile.linear(means.sorted(), 1 - tail))
    }

    @Test func resamplesFAloneAsInTheFullAggregate() throws {
        let aggregator = try corpus()
        let full = aggregator.aggregate()
        let f = aggregator.intervalsOfF()
        #expect(f.count == full.count)
        for (metric, interval) in full {
            #expect(f[metric]?.low == interval.low.f)
            #expect(f[metric]?.high == interval.high.f)
        }
    }
}
