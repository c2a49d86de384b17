/// Continuous LexRank (Erkan & Radev, 2004): the stationary distribution of a random walk on
/// the sentences, each step following an edge with probability proportional to the cosine
/// similarity, or (with probability `1 − damping`) jumping to any sentence.
///
/// ```swift
/// // 0 is linked to 1 (cosine 0.5) and to 2 (0.25); 1 and 2 share nothing.
/// LexRank().scores(similarities: [0, 0.5, 0.25,  0.5, 0, 0,  0.25, 0, 0], count: 3)
/// // [0.4865, 0.3257, 0.1878]
/// ```
///
/// A sentence does not vote for itself (the diagonal is ignored); a sentence linked to none
/// spreads its score evenly over all.
struct LexRank: Sendable {
    var damping = 0.85
    var tolerance = 1e-6
    var maximumIterations = 100

    /// The scores (summing to 1) of `count` sentences whose similarities are given row by row.
    ///
    /// - Complexity: O(k·n²) for k iterations over n sentences.
    func scores(similarities: [Double], count n: Int) -> [Double] {
        guard n > 0 else { return [] }
        precondition(similarities.count == n * n, "LexRank needs an n×n similarity matrix")
        // Row-normalised transition probabilities; dangling rows flagged.
        var transition = similarities
        var dangling: [Int] = []
        for i in 0..<n {
            transition[i * n + i] = 0
            var sum = 0.0
            for j in 0..<n { sum += max(0, transition[i * n + j]) }
            if sum > 0 {
                for j in 0..<n { transition[i * n + j] = max(0, transition[i * n + j]) / sum }
            } else {
                dangling.append(i)
            }
        }
        let jump = (1 - damping) / Double(n)
        var p = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<max(1, maximumIterations) {
            var danglingMass = 0.0
            for i in dangling { danglingMass += p[i] }
            let base = jump + damping * danglingMass / Double(n)
            for j in 0..<n { next[j] = base }
            for i in 0..<n where p[i] != 0 {
                let weight = damping * p[i]
                let row = i * n
                for j in 0..<n { next[j] += weight * transition[row + j] }
            }
            var change = 0.0
            for j in 0..<n { change += abs(next[j] - p[j]) }
            swap(&p, &next)
            if change < tolerance { break }
        }
        return p
    }
}
