/// Word pairs that a first alignment of a document shows to translate each other, learnt from
/// the document itself, as hunalign (Varga et al., 2005) builds a dictionary when it has none:
/// an Arabic stem and an English word that keep meeting in the same 1-1 beads
/// (`الشرطة` ~ `police`, `تسونامي` ~ `tsunami` in a story about them).
///
/// A pair is kept when it meets in at least two beads and its Dice coefficient,
/// 2·together / (Arabic beads + English beads), is at least `minimumDice`; each Arabic stem
/// keeps its best English word only.
///
/// - Complexity: O(b·w²) for b beads of w content words a side.
enum CooccurrenceLexicon {
    struct Pair: Hashable, Sendable {
        var arabic: Int32
        var english: Int32
    }

    static let minimumDice = 0.6
    static let minimumTogether = 2

    /// The pairs of the 1-1 beads `pairs` (Arabic sentence, English sentence).
    static func learn(pairs: [(arabic: Int, english: Int)], arabicWords: [[Int32]], englishWords: [[Int32]]) -> [Pair] {
        var arabicCounts: [Int32: Int] = [:]
        var englishCounts: [Int32: Int] = [:]
        for pair in pairs {
            for word in arabicWords[pair.arabic] { arabicCounts[word, default: 0] += 1 }
            for word in englishWords[pair.english] { englishCounts[word, default: 0] += 1 }
        }
        // Count pairs by sorting their packed keys: faster than a dictionary for millions.
        var keys: [UInt64] = []
        for pair in pairs {
            // A word met once cannot reach two meetings: skip it before counting pairs.
            let arabic = arabicWords[pair.arabic].filter { arabicCounts[$0, default: 0] >= minimumTogether }
            let english = englishWords[pair.english].filter { englishCounts[$0, default: 0] >= minimumTogether }
            for a in arabic {
                for e in english { keys.append(UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: e))) }
            }
        }
        keys.sort()
        var together: [(pair: Pair, count: Int)] = []
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end] == keys[start] { end += 1 }
            if end - start >= minimumTogether {
                let key = keys[start]
                together.append((Pair(arabic: Int32(bitPattern: UInt32(key >> 32)), english: Int32(bitPattern: UInt32(key & 0xFFFF_FFFF))), end - start))
            }
            start = end
        }
        var best: [Int32: (pair: Pair, dice: Double)] = [:]
        for (pair, count) in together {
            let dice = 2 * Double(count) / Double(arabicCounts[pair.arabic, default: 0] + englishCounts[pair.english, default: 0])
            guard dice >= minimumDice else { continue }
            if let current = best[pair.arabic], current.dice > dice || (current.dice == dice && current.pair.english < pair.english) {
                continue
            }
            best[pair.arabic] = (pair, dice)
        }
        return best.values.map(\.pair).sorted { ($0.arabic, $0.english) < ($1.arabic, $1.english) }
    }
}
