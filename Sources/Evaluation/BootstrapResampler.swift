import ArabicText

/// The bootstrap's inner loop: the means of several columns of per-document values over
/// `resamples` resamples, each column drawn with the same documents (one draw for all).
///
/// Resamples are split into chunks run on all cores. SplitMix64 advances its state by a fixed
/// step per number, and `next(below:)` takes one number unless it rejects one (chance below
/// n/2^64), so chunk c starts at the state `c`'s first draw would have; after the run each
/// chunk's start is checked against where the previous chunk really ended, and a chunk that
/// started wrong (a rejection happened before it) is drawn again in order. The result is the
/// same as one sequential pass, bit for bit.
struct BootstrapResampler {
    /// Row d holds document d's values, column after column, padded to whole SIMD4 lanes:
    /// each lane adds in the same order as a scalar sum would.
    private let table: [SIMD4<Double>]
    private let lanes: Int
    private let width: Int
    private let count: Int

    /// `columns[k][d]`: column k's value for document d; every column has the same length.
    init(columns: [[Double]]) {
        width = columns.count
        count = columns.first?.count ?? 0
        lanes = (width + 3) / 4
        var table = [SIMD4<Double>](repeating: .zero, count: count * lanes)
        for (column, values) in columns.enumerated() {
            for (row, value) in values.enumerated() {
                table[row * lanes + column / 4][column % 4] = value
            }
        }
        self.table = table
    }

    /// `means[k * resamples + r]`: resample r's mean of column k.
    ///
    /// - Complexity: O(resamples · count · ⌈width/4⌉), divided among the cores.
    func means(resamples: Int, seed: UInt64) -> [Double] {
        guard count > 0, resamples > 0 else { return [Double](repeating: 0, count: width * resamples) }
        let chunks = min(4, resamples)
        let bounds = (0...chunks).map { $0 * resamples / chunks }
        var means = [Double](repeating: 0, count: width * resamples)
        var ends = [SplitMix64](repeating: SplitMix64(seed: seed), count: chunks)
        let starts = (0..<chunks).map { SplitMix64(seed: seed, skipping: UInt64(bounds[$0]) * UInt64(count)) }
        means.withUnsafeMutableBufferPointer { means in
            ends.withUnsafeMutableBufferPointer { ends in
                let output = SharedOutput(means: means, ends: ends)
                Cores.perform(iterations: chunks) { chunk in
                    output.setEnd(chunk, draw(bounds[chunk]..<bounds[chunk + 1], from: starts[chunk], into: output.means))
                }
            }
            // Chunk c is right only if it started where chunk c - 1 really ended.
            var end = ends[0]
            for chunk in 1..<chunks {
                end = end == starts[chunk] ? ends[chunk] : draw(bounds[chunk]..<bounds[chunk + 1], from: end, into: means)
            }
        }
        return means
    }

    /// Draws `resamples` in order from `generator`, writing their means; the generator's end state.
    private func draw(
        _ resamples: Range<Int>, from generator: SplitMix64, into means: UnsafeMutableBufferPointer<Double>
    ) -> SplitMix64 {
        var generator = generator
        let total = means.count / max(width, 1)
        var sums = [SIMD4<Double>](repeating: .zero, count: lanes)
        table.withUnsafeBufferPointer { table in
            if lanes == 1 {
                // Up to four columns (F of up to four metrics): the sum stays in a register.
                for resample in resamples {
                    var sum = SIMD4<Double>.zero
                    for _ in 0..<count { sum += table[generator.next(below: count)] }
                    for column in 0..<width { means[column * total + resample] = sum[column] / Double(count) }
                }
                return
            }
            sums.withUnsafeMutableBufferPointer { sums in
                for resample in resamples {
                    for lane in 0..<lanes { sums[lane] = .zero }
                    for _ in 0..<count {
                        let row = generator.next(below: count) * lanes
                        for lane in 0..<lanes { sums[lane] += table[row + lane] }
                    }
                    for column in 0..<width {
                        means[column * total + resample] = sums[column / 4][column % 4] / Double(count)
                    }
                }
            }
        }
        return generator
    }
}

/// The output buffers the chunks write: disjoint elements, one chunk each, so no two threads
/// touch the same memory.
private struct SharedOutput: @unchecked Sendable {
    let means: UnsafeMutableBufferPointer<Double>
    let ends: UnsafeMutableBufferPointer<SplitMix64>

    func setEnd(_ chunk: Int, _ generator: SplitMix64) { ends[chunk] = generator }
}
