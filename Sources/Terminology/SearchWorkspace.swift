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
        /// The trie node the word leads to from the root: 0 when no form starts with it, -1
        /// when not looked up. Kept with the step (and in the memo), it spares the search a
        /// look-up in the large edge table at every word of the text.
        var rootChild: Int32
    }

    /// A reading of an Arabic word long enough to hide a typo, as bytes of the word's key.
    struct LongReading {
        var affixes: Affixes
        var stem: Range<Int32>
        var restoresTaaMarbuta: Bool
    }

    /// A long reading with its letters, ready for the fuzzy look-up.
    struct FuzzyReading {
        var affixes: Affixes
        /// Its letters in `fuzzyLetters`.
        var letters: Range<Int>
        var signature: UInt64
    }

    /// What is known of one word of the sentence, as ranges of the arrays below; a lower
    /// bound of -1 means not computed yet.
    struct WordState {
        var steps: Range<Int32>
        var longReadings: Range<Int32>
        var fuzzyReadings: Range<Int32>
        /// The word's id in the memo (`WordMemory`), -1 when it has none.
        var memoID: Int32

        static let unknown = WordState(steps: -1 ..< -1, longReadings: -1 ..< -1, fuzzyReadings: -1 ..< -1, memoID: -1)
    }

    var tokens = SentenceTokens()
    /// One state per token.
    var words: [WordState] = []
    var steps: [Step] = []
    var longReadings: [LongReading] = []
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
        words.removeAll(keepingCapacity: true)
        words.append(contentsOf: repeatElement(.unknown, count: tokens.count))
        steps.removeAll(keepingCapacity: true)
        longReadings.removeAll(keepingCapacity: true)
        fuzzyReadings.removeAll(keepingCapacity: true)
        fuzzyLetters.removeAll(keepingCapacity: true)
        path.removeAll(keepingCapacity: true)
    }
}
