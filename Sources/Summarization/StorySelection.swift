/// A body sentence of one of a story's articles, ready for selection.
struct Candidate: Sendable {
    /// Index of the article in the brief's sorted article list.
    var article: Int
    /// Position of the sentence in the article's `sentences`.
    var position: Int
    /// Relevance, 0...1: the summarizer score scaled within the article (the brief then mixes
    /// in closeness to the story).
    var score: Double
    var words: Int
    var vector: SparseVector
    /// The sentence's term ids in reading order (stop words out), for the ordered overlap.
    var terms: [Int32] = []
}

/// Picks a story's items from its candidates by Maximal Marginal Relevance (Carbonell &
/// Goldstein, 1998), folding repeated facts into the item that tells them first.
///
/// Each round takes the candidate with the best `λ·score − (1 − λ)·maxCosine`, where
/// `maxCosine` is its largest cosine to an item already taken (ties: higher score, then
/// earlier article, then earlier sentence). Every remaining candidate that repeats the new
/// item (see `BriefOptions.redundancySimilarity` and `redundancyContainment`) leaves the pool
/// and joins the item's sources.
struct StorySelection: Sendable {
    var lambda: Double
    var redundancySimilarity: Double
    var redundancyContainment: Double
    var minimumContainmentTerms: Int
    /// See `BriefOptions.redundancyOrder`; above 1 turns the ordered overlap off.
    var redundancyOrder: Double = 2

    /// The selected candidates, in selection order, each with the candidates it stands for
    /// (itself first, then in candidate order).
    ///
    /// - Complexity: O(k·c·m) for k items over c candidates of m terms.
    func select(
        _ candidates: [Candidate], budget: SummaryBudget, bodyCount: Int, idf: [Double],
        alsoRepeats: (_ chosen: Int, _ other: Int) -> Bool = { _, _ in false }
    ) -> [(chosen: Int, sources: [Int])] {
        var meter = BudgetMeter(budget, bodyCount: bodyCount)
        var pool = Array(candidates.indices)
        var maxCosine = [Double](repeating: 0, count: candidates.count)
        var result: [(chosen: Int, sources: [Int])] = []
        while meter.isOpen, let best = bestCandidate(in: pool, candidates: candidates, maxCosine: maxCosine) {
            guard meter.take(words: candidates[best].words) else { break }
            var sources = [best]
            var kept: [Int] = []
            kept.reserveCapacity(pool.count)
            let chosen = candidates[best].vector
            for index in pool where index != best {
                let vector = candidates[index].vector
                let cosine = chosen.cosine(vector)
                if isRepetition(chosen, vector, cosine: cosine, idf: idf)
                    || isReordering(candidates[best].terms, candidates[index].terms, cosine: cosine)
                    || alsoRepeats(best, index)
                {
                    sources.append(index)
                } else {
                    maxCosine[index] = max(maxCosine[index], cosine)
                    kept.append(index)
                }
            }
            pool = kept
            result.append((best, sources))
        }
        return result
    }

    /// Whether two sentences tell the same fact.
    func isRepetition(_ a: SparseVector, _ b: SparseVector, cosine: Double, idf: [Double]) -> Bool {
        if cosine >= redundancySimilarity { return true }
        guard a.ids.count >= minimumContainmentTerms, b.ids.count >= minimumContainmentTerms else { return false }
        return a.containment(b, idf: idf) >= redundancyContainment
    }

    /// Whether two sentences say the same thing in the same order with some words swapped, as
    /// a synonym-spun copy does: the longest common subsequence of their terms, as an F
    /// measure, reaches `redundancyOrder`. Only pairs that already share words (cosine 0.2 or
    /// more) are compared, which keeps the quadratic LCS off most pairs.
    func isReordering(_ a: [Int32], _ b: [Int32], cosine: Double) -> Bool {
        guard redundancyOrder <= 1, cosine >= 0.2,
            a.count >= minimumContainmentTerms, b.count >= minimumContainmentTerms
        else { return false }
        return 2 * Double(Self.commonSubsequenceLength(a, b)) / Double(a.count + b.count) >= redundancyOrder
    }

    /// The length of the longest common subsequence of `a` and `b`.
    ///
    /// - Complexity: O(n·m) time, O(m) memory.
    static func commonSubsequenceLength(_ a: [Int32], _ b: [Int32]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    private func bestCandidate(in pool: [Int], candidates: [Candidate], maxCosine: [Double]) -> Int? {
        var best: Int?
        var bestValue = -Double.infinity
        for index in pool {
            let value = lambda * candidates[index].score - (1 - lambda) * maxCosine[index]
            guard let current = best else {
                best = index
                bestValue = value
                continue
            }
            // Pool order is candidate order (article, then sentence), so strict comparisons
            // leave ties to the earlier candidate.
            if value > bestValue || (value == bestValue && candidates[index].score > candidates[current].score) {
                best = index
                bestValue = value
            }
        }
        return best
    }
}
