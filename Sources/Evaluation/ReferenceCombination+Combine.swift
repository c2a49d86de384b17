extension ReferenceCombination {
    /// One score from the scores of a candidate against each reference; zero for none.
    func combine(_ scores: [RougeScore]) -> RougeScore {
        guard let first = scores.first else { return .zero }
        switch self {
        case .max:
            // Strictly greater, so the first best wins, as numpy's argmax.
            return scores.dropFirst().reduce(first) { best, score in score.f > best.f ? score : best }
        case .mean:
            let count = Double(scores.count)
            var sum = RougeScore.zero
            for score in scores {
                sum.precision += score.precision
                sum.recall += score.recall
                sum.f += score.f
            }
            return RougeScore(precision: sum.precision / count, recall: sum.recall / count, f: sum.f / count)
        }
    }
}
