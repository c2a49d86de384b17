import ArabicText

/// The buffers a `TermSearch` works in, kept from sentence to sentence (in a `TermMatchMemo`)
/// so that matching a sentence allocates next to nothing once they have grown.
///
/// - Complexity: memory O(length of the longest sentence seen).
struct SearchWorkspace {
    /// A reading of a word that is a glossary word.
    struct Step {
        var word: Int32
        var affixes: Affixes
    }

    /// A reading long enough for a typo in it to be forgiven, with its letters.
    struct FuzzyReading {
        var affixes: Affixes
        /// Its letters in `fuzzyLetters`.
        var letters: Range<Int>
        var signature: UInt64
    }

    var tokens = SentenceTokens()
    /// `steps[stepStarts[p]..<stepStarts[p] + stepCounts[p]]` for word p; -1 while unknown.
    var stepStarts: [Int32] = []
    var stepCounts: [Int32] = []
    var steps: [Step] = []
    /// The same for the readings a typo may hide in, and their letters.
    var fuzzyStarts: [Int32] = []
    var fuzzyCounts: [Int32] = []
    var fuzzyReadings: [FuzzyReading] = []
    var fuzzyLetters: [Unicode.Scalar] = []
    /// The affixes of the words on the path being walked.
    var path: [Affixes] = []
    var hashes = KeyHash.Prefixes()
    /// A stem with its taa marbuta restored.
    var restored: [UInt8] = []
    var cuts: [CliticCut] = []

    /// Forgets the previous sentence; `tokens` already holds the new one.
    mutating func reset() {
        let count = tokens.count
        stepStarts.removeAll(keepingCapacity: true)
        stepStarts.append(contentsOf: repeatElement(-1, count: count))
        stepCounts.removeAll(keepingCapacity: true)
        stepCounts.append(contentsOf: repeatElement(0, count: count))
        fuzzyStarts.removeAll(keepingCapacity: true)
        fuzzyStarts.append(contentsOf: repeatElement(-1, count: count))
        fuzzyCounts.removeAll(keepingCapacity: true)
        fuzzyCounts.append(contentsOf: repeatElement(0, count: count))
        steps.removeAll(keepingCapacity: true)
        fuzzyReadings.removeAll(keepingCapacity: true)
        fuzzyLetters.removeAll(keepingCapacity: true)
        path.removeAll(keepingCapacity: true)
    }
}
