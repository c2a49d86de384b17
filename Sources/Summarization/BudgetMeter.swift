/// Keeps count of what a budget has admitted so far.
struct BudgetMeter {
    private var remainingSentences: Int
    private var remainingWords: Int?
    private var taken = 0

    /// A meter for `budget` over a document (or story) of `bodyCount` body sentences.
    init(_ budget: SummaryBudget, bodyCount: Int) {
        switch budget {
        case .sentences(let count):
            remainingSentences = max(0, count)
        case .words(let words):
            remainingSentences = words > 0 ? Int.max : 0
            remainingWords = words
        case .share(let share):
            let wanted = share.isFinite ? (share * Double(bodyCount)).rounded(.toNearestOrAwayFromZero) : 0
            remainingSentences = bodyCount == 0 ? 0 : Int(min(Double(bodyCount), max(1, wanted)))
        }
    }

    /// Whether another sentence may be taken at all.
    var isOpen: Bool { remainingSentences > 0 }

    /// Takes a sentence of `words` words if it fits, and says whether it did. Once a sentence
    /// does not fit, the meter closes: summaries take sentences in rank order, not the shortest.
    mutating func take(words: Int) -> Bool {
        guard remainingSentences > 0 else { return false }
        if let left = remainingWords {
            guard taken == 0 || words <= left else {
                remainingSentences = 0
                return false
            }
            remainingWords = left - words
        }
        remainingSentences -= 1
        taken += 1
        return true
    }
}
