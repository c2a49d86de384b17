import Foundation

/// Dynamic programming over bead shapes in a band: the best path (Viterbi) and, when asked,
/// each of its beads' posterior probability (forward–backward).
///
/// Cell (i, j) stands for "the first i Arabic and j English sentences are aligned"; row i holds
/// the columns `lows[i]...highs[i]`, both non-decreasing in i. The band is either a strip around
/// the length diagonal (`lengthDiagonal`), or a strip around a first path (`around`). Memory is O(cells): a shape and
/// a forward cost per cell; the Viterbi costs, the backward costs and the anchor terms live in
/// rolling rows.
///
/// - Complexity: O(cells · shapes) time.
struct BandedAligner {
    /// A path step: a bead's shape index and where it ends.
    struct Step {
        var shape: Int
        var arabicEnd: Int
        var englishEnd: Int
    }

    struct Result {
        var steps: [Step]
        /// Posterior of each step, when asked for.
        var posteriors: [Double]
        /// Whether the path touched the band's edge (the band may have cut a better path off).
        var touchesEdge: Bool
    }

    let arabicCount: Int
    let englishCount: Int
    private let lows: [Int]
    private let highs: [Int]
    /// Where each row starts in the cell arrays.
    private let offsets: [Int]
    private let widest: Int

    private init(lows: [Int], highs: [Int], englishCount: Int) {
        self.arabicCount = lows.count - 1
        self.englishCount = englishCount
        self.lows = lows
        self.highs = highs
        var offsets = [0]
        offsets.reserveCapacity(lows.count + 1)
        var widest = 0
        for (low, high) in zip(lows, highs) {
            offsets.append(offsets[offsets.count - 1] + high - low + 1)
            widest = max(widest, high - low + 1)
        }
        self.offsets = offsets
        self.widest = widest
    }

    /// The band within `halfWidth` columns of the length diagonal: row i is centred on the
    /// English sentence where as many letters have gone by (times the length ratio) as in the
    /// first i Arabic sentences. Joined or split sentences move the index diagonal, not this
    /// one, so the band can be narrow.
    static func lengthDiagonal(halfWidth: Int, arabicLengths: [Double], englishLengths: [Double]) -> BandedAligner {
        let n = arabicLengths.count
        let m = englishLengths.count
        // Each sentence counts one letter more, so that empty lines still move along.
        let arabicTotal = arabicLengths.reduce(0) { $0 + $1 + 1 }
        let englishTotal = englishLengths.reduce(0) { $0 + $1 + 1 }
        let ratio = englishTotal / max(arabicTotal, 1)
        var lows = [Int](repeating: 0, count: n + 1)
        var highs = [Int](repeating: m, count: n + 1)
        var arabicSoFar = 0.0
        var englishSoFar = 0.0
        var column = 0
        for row in 0...n {
            if row > 0 { arabicSoFar += arabicLengths[row - 1] + 1 }
            let target = arabicSoFar * ratio
            // The column whose English prefix is closest to the target.
            while column < m, englishSoFar + (englishLengths[column] + 1) / 2 < target {
                englishSoFar += englishLengths[column] + 1
                column += 1
            }
            lows[row] = max(0, column - halfWidth)
            highs[row] = min(m, column + halfWidth)
        }
        lows[0] = 0
        highs[n] = m
        for row in 1...n { highs[row] = max(highs[row], highs[row - 1]) }
        for row in stride(from: n - 1, through: 0, by: -1) { lows[row] = min(lows[row], lows[row + 1]) }
        return BandedAligner(lows: lows, highs: highs, englishCount: m)
    }

    /// The band within `halfWidth` columns of a path through the same table.
    func around(_ steps: [Step], shapes: [BeadCosts.Shape], halfWidth: Int) -> BandedAligner {
        let n = arabicCount
        let m = englishCount
        var pathLow = [Int](repeating: .max, count: n + 1)
        var pathHigh = [Int](repeating: .min, count: n + 1)
        pathLow[0] = 0
        pathHigh[0] = 0
        for step in steps {
            let shape = shapes[step.shape]
            let startRow = step.arabicEnd - shape.arabic
            let startColumn = step.englishEnd - shape.english
            for row in startRow...step.arabicEnd {
                pathLow[row] = min(pathLow[row], startColumn)
                pathHigh[row] = max(pathHigh[row], step.englishEnd)
            }
        }
        var lows = pathLow.map { $0 == .max ? 0 : max(0, $0 - halfWidth) }
        var highs = pathHigh.map { $0 == .min ? m : min(m, $0 + halfWidth) }
        // Keep both edges non-decreasing, widening where needed.
        for row in stride(from: n - 1, through: 0, by: -1) { lows[row] = min(lows[row], lows[row + 1]) }
        for row in 1...max(n, 1) where row <= n { highs[row] = max(highs[row], highs[row - 1]) }
        lows[0] = 0
        highs[n] = m
        return BandedAligner(lows: lows, highs: highs, englishCount: m)
    }

    /// The columns whose anchor terms the beads of rows `sentence + 1` and `sentence + 2` read.
    private func pairColumns(_ sentence: Int) -> ClosedRange<Int> {
        (lows[sentence + 1] - 2)...(highs[min(sentence + 2, arabicCount)] - 1)
    }

    @inline(__always)
    private func contains(_ i: Int, _ j: Int) -> Bool { j >= lows[i] && j <= highs[i] }

    /// The best path through the band, or nil when the band holds none.
    func align(_ costs: inout BeadCosts, posteriors: Bool) -> Result? {
        let n = arabicCount
        let m = englishCount
        let shapes = costs.shapes
        let infinity = Double.infinity
        let cellCount = offsets[n + 1]
        var back = [UInt8](repeating: .max, count: cellCount)
        var forward = posteriors ? [Double](repeating: infinity, count: cellCount) : []
        var viterbi = [Double](repeating: infinity, count: 3 * widest)
        var candidates = [Double](repeating: 0, count: shapes.count)

        for i in 0...n {
            if i >= 1 { costs.fillRow(sentence: i - 1, columns: pairColumns(i - 1)) }
            let rowLow = lows[i]
            let slot = (i % 3) * widest
            for k in slot..<(slot + widest) { viterbi[k] = infinity }
            for j in rowLow...highs[i] {
                let cell = offsets[i] + (j - rowLow)
                if i == 0 && j == 0 {
                    viterbi[slot] = 0
                    if posteriors { forward[0] = 0 }
                    continue
                }
                var best = infinity
                var bestShape = UInt8.max
                var count = 0
                for index in shapes.indices {
                    let shape = shapes[index]
                    let pi = i - shape.arabic
                    let pj = j - shape.english
                    guard pi >= 0, pj >= 0, contains(pi, pj) else { continue }
                    let previous = viterbi[(pi % 3) * widest + (pj - lows[pi])]
                    let previousForward = posteriors ? forward[offsets[pi] + (pj - lows[pi])] : 0
                    guard previous < infinity || previousForward < infinity else { continue }
                    let bead = costs.cost(shape, arabicEnd: i, englishEnd: j)
                    if previous + bead < best {
                        best = previous + bead
                        bestShape = UInt8(index)
                    }
                    if posteriors, previousForward < infinity {
                        candidates[count] = previousForward + bead
                        count += 1
                    }
                }
                viterbi[slot + (j - rowLow)] = best
                back[cell] = bestShape
                if posteriors { forward[cell] = Self.softMinimum(candidates, count) }
            }
        }

        // Backtrace.
        var steps: [Step] = []
        var i = n
        var j = m
        var touchesEdge = false
        while i > 0 || j > 0 {
            guard contains(i, j) else { return nil }
            let shapeIndex = back[offsets[i] + (j - lows[i])]
            guard shapeIndex != .max else { return nil }
            if (j - lows[i] <= 1 && lows[i] > 0) || (highs[i] - j <= 1 && highs[i] < m) { touchesEdge = true }
            let shape = shapes[Int(shapeIndex)]
            steps.append(Step(shape: Int(shapeIndex), arabicEnd: i, englishEnd: j))
            i -= shape.arabic
            j -= shape.english
        }
        steps.reverse()
        guard posteriors else { return Result(steps: steps, posteriors: [], touchesEdge: touchesEdge) }
        let scores = backward(&costs, forward: forward, steps: steps)
        return Result(steps: steps, posteriors: scores, touchesEdge: touchesEdge)
    }

    /// The backward pass: posterior of each step of the path, from the forward costs.
    private func backward(_ costs: inout BeadCosts, forward: [Double], steps: [Step]) -> [Double] {
        let n = arabicCount
        let m = englishCount
        let shapes = costs.shapes
        let infinity = Double.infinity
        let total = forward[offsets[n] + (m - lows[n])]
        var backwardRows = [Double](repeating: infinity, count: 3 * widest)
        var candidates = [Double](repeating: 0, count: shapes.count)
        var posteriors = [Double](repeating: 0, count: steps.count)
        // Steps by the row they start in, in order.
        let startRows = steps.indices.map { steps[$0].arabicEnd - shapes[steps[$0].shape].arabic }
        var nextStep = steps.count - 1
        for i in stride(from: n, through: 0, by: -1) {
            if i < n { costs.fillRow(sentence: i, columns: pairColumns(i)) }
            let rowLow = lows[i]
            let slot = (i % 3) * widest
            for k in slot..<(slot + widest) { backwardRows[k] = infinity }
            for j in stride(from: highs[i], through: rowLow, by: -1) {
                if i == n && j == m {
                    backwardRows[slot + (j - rowLow)] = 0
                    continue
                }
                var count = 0
                for shape in shapes {
                    let ni = i + shape.arabic
                    let nj = j + shape.english
                    guard ni <= n, nj <= m, contains(ni, nj) else { continue }
                    let next = backwardRows[(ni % 3) * widest + (nj - lows[ni])]
                    guard next < infinity else { continue }
                    candidates[count] = next + costs.cost(shape, arabicEnd: ni, englishEnd: nj)
                    count += 1
                }
                backwardRows[slot + (j - rowLow)] = Self.softMinimum(candidates, count)
            }
            while nextStep >= 0, startRows[nextStep] == i {
                let step = steps[nextStep]
                let shape = shapes[step.shape]
                let startColumn = step.englishEnd - shape.english
                let start = forward[offsets[i] + (startColumn - rowLow)]
                let end = backwardRows[(step.arabicEnd % 3) * widest + (step.englishEnd - lows[step.arabicEnd])]
                let bead = costs.cost(shape, arabicEnd: step.arabicEnd, englishEnd: step.englishEnd)
                posteriors[nextStep] = min(1, max(0, exp(total - start - bead - end)))
                nextStep -= 1
            }
        }
        return posteriors
    }

    /// −ln Σ exp(−x) over the first `count` values; infinity when there are none.
    @inline(__always)
    static func softMinimum(_ values: [Double], _ count: Int) -> Double {
        guard count > 0 else { return .infinity }
        var smallest = values[0]
        for k in 1..<max(count, 1) where values[k] < smallest { smallest = values[k] }
        var sum = 0.0
        for k in 0..<count { sum += exp(smallest - values[k]) }
        return smallest - log(sum)
    }
}
