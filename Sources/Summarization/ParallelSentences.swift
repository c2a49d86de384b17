/// Finds the sentences two articles share when one is a rewrite of the other: a synonym-spun
/// copy or a wire story rewritten by another outlet keeps the original's order, so its
/// sentences line up with the original's even where too many words were swapped for any
/// one pair to look alike.
///
/// Two articles are aligned monotonically (dynamic programming over their body sentences,
/// each pair worth its ordered overlap minus `floor`). When at least `minimumAnchors` aligned
/// pairs are clear repetitions (ordered overlap ≥ `anchor`), the articles are parallel and
/// every aligned pair with an overlap of at least `floor` counts as the same fact, and so does
/// an unaligned neighbour that overlaps the same counterpart (a sentence split in two).
///
/// Measured on the sample corpus's spun copy: its aligned pairs score 0.28–0.67; an
/// article's own different facts against another outlet's report of the story score below
/// 0.2 apart from the pair they share.
struct ParallelSentences: Sendable {
    var floor = 0.2
    var anchor = 0.4
    var minimumAnchors = 3

    /// Pairs of candidate indexes (into the story's candidates) that tell the same fact.
    ///
    /// - Complexity: O(n·m·k) for two articles of n and m sentences of k terms.
    func repeatedPairs(_ a: Range<Int>, _ b: Range<Int>, candidates: [Candidate]) -> [(Int, Int)] {
        let n = a.count, m = b.count
        guard n > 0, m > 0 else { return [] }
        var overlap = [Double](repeating: 0, count: n * m)
        for i in 0..<n {
            for j in 0..<m {
                let x = candidates[a.lowerBound + i].terms, y = candidates[b.lowerBound + j].terms
                guard !x.isEmpty, !y.isEmpty else { continue }
                overlap[i * m + j] = 2 * Double(StorySelection.commonSubsequenceLength(x, y)) / Double(x.count + y.count)
            }
        }
        // best[i][j]: the best alignment of the first i and j sentences.
        var best = [Double](repeating: 0, count: (n + 1) * (m + 1))
        for i in 1...n {
            for j in 1...m {
                let gain = overlap[(i - 1) * m + (j - 1)] - floor
                var value = max(best[(i - 1) * (m + 1) + j], best[i * (m + 1) + j - 1])
                if gain > 0 { value = max(value, best[(i - 1) * (m + 1) + j - 1] + gain) }
                best[i * (m + 1) + j] = value
            }
        }
        var pairs: [(Int, Int)] = []
        var anchors = 0
        var i = n, j = m
        while i > 0 && j > 0 {
            let value = best[i * (m + 1) + j]
            let gain = overlap[(i - 1) * m + (j - 1)] - floor
            if gain > 0, value == best[(i - 1) * (m + 1) + j - 1] + gain {
                pairs.append((a.lowerBound + i - 1, b.lowerBound + j - 1))
                if overlap[(i - 1) * m + (j - 1)] >= anchor { anchors += 1 }
                i -= 1
                j -= 1
            } else if value == best[(i - 1) * (m + 1) + j] {
                i -= 1
            } else {
                j -= 1
            }
        }
        guard anchors >= minimumAnchors else { return [] }
        // A rewrite joins and splits sentences: an unaligned neighbour of an aligned pair that
        // overlaps the same counterpart is part of that pair (one sentence told as two).
        let aligned = pairs
        let takenA = Set(aligned.map(\.0)), takenB = Set(aligned.map(\.1))
        for (x, y) in aligned {
            for neighbour in [x - 1, x + 1] where a.contains(neighbour) && !takenA.contains(neighbour)
                && overlap[(neighbour - a.lowerBound) * m + (y - b.lowerBound)] >= floor
            {
                pairs.append((neighbour, y))
            }
            for neighbour in [y - 1, y + 1] where b.contains(neighbour) && !takenB.contains(neighbour)
                && overlap[(x - a.lowerBound) * m + (neighbour - b.lowerBound)] >= floor
            {
                pairs.append((x, neighbour))
            }
        }
        return pairs
    }
}
