import ArabicText

/// A summary length in whitespace-separated words, and the evaluation protocol's cut.
///
/// ```swift
/// WordBudget(words: 4).summary(ranking: [1, 0], sentences: ["One two three.", "Four five six."])
/// // ["One", "Four five six."]
/// ```
public struct WordBudget: Hashable, Sendable {
    /// The number of words a summary may have; never negative.
    public let words: Int

    /// A budget of `words` words; a negative count is taken as 0.
    public init(words: Int) {
        self.words = max(0, words)
    }

    /// Takes sentences in `ranking` order until the budget is spent, cuts the last one taken
    /// so the summary has exactly `words` words (fewer only when the document has fewer), and
    /// returns the chosen sentences in document order. Indexes out of range, repeated indexes
    /// and sentences without words are skipped. A cut sentence keeps its text up to the end of
    /// its last kept word.
    ///
    /// - Complexity: O(n) in the length of the sentences taken.
    public func summary(ranking: [Int], sentences: [String]) -> [String] {
        var chosen: [Int: String] = [:]
        var remaining = words
        for index in ranking where remaining > 0 {
            guard sentences.indices.contains(index), chosen[index] == nil else { continue }
            let sentence = sentences[index]
            let ends = Self.wordEnds(in: sentence, upTo: remaining + 1)
            guard !ends.isEmpty else { continue }
            if ends.count <= remaining {
                chosen[index] = sentence
                remaining -= ends.count
            } else {
                chosen[index] = String(Substring(sentence.unicodeScalars[..<ends[remaining - 1]]))
                remaining = 0
            }
        }
        return chosen.keys.sorted().compactMap { chosen[$0] }
    }

    /// Where each of the first `limit` words of `text` ends.
    private static func wordEnds(in text: String, upTo limit: Int) -> [String.Index] {
        var ends: [String.Index] = []
        let scalars = text.unicodeScalars
        var inWord = false
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let isSpace = WhitespaceWords.isSpace(scalars[index])
            if inWord && isSpace {
                ends.append(index)
                if ends.count >= limit { return ends }
            }
            inWord = !isSpace
            index = scalars.index(after: index)
        }
        if inWord { ends.append(scalars.endIndex) }
        return ends
    }
}
