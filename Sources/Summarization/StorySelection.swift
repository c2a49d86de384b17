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

    /// The selected candidates, in selection order, each with the candidates it stands for
    /// (itself first, then in candidate order).
    ///
    /// - Complexity: O(k·c·m) for k items over c candidates of m terms.
    func select(
        _ candidates: [Candidate], budget: SummaryBudget, bodyCount: Int, idf: [Double]
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
                if isRepetition(chosen, vector, cosine: cosine, idf: idf) {
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
