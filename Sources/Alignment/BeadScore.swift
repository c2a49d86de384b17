/// Scores a predicted alignment against a gold one.
///
/// ```swift
/// let gold = [Bead(arabic: 0..<1, english: 0..<1), Bead(arabic: 1..<2, english: 1..<3)]
/// let predicted = [Bead(arabic: 0..<1, english: 0..<1), Bead(arabic: 1..<2, english: 1..<2),
///                  Bead(arabic: 2..<2, english: 2..<3)]
/// BeadScore.strictF1(predicted: predicted, gold: gold)   // P = 1/2, R = 1/2: 0.5
/// ```
public enum BeadScore {
    /// Strict bead F1: precision and recall of the pairing beads (both sides non-empty) that
    /// match a gold bead exactly, on both sides; beads that leave a sentence out are not
    /// counted. 1 when both alignments have no pairing bead.
    ///
    /// - Complexity: O(p + g).
    public static func strictF1(predicted: [Bead], gold: [Bead]) -> Double {
        let counts = matchCounts(predicted: predicted, gold: gold)
        return f1(matched: counts.matched, predicted: counts.predicted, gold: counts.gold)
    }

    /// The counts behind `strictF1`: exact matches, pairing beads predicted, pairing beads in
    /// gold. Sum them over documents for a corpus-level (micro-averaged) F1.
    public static func matchCounts(predicted: [Bead], gold: [Bead]) -> (matched: Int, predicted: Int, gold: Int) {
        struct Key: Hashable {
            var arabic: Range<Int>
            var english: Range<Int>
        }
        let goldKeys = Set(gold.filter(\.isPair).map { Key(arabic: $0.arabic, english: $0.english) })
        let predictedPairs = predicted.filter(\.isPair)
        let matched = predictedPairs.filter { goldKeys.contains(Key(arabic: $0.arabic, english: $0.english)) }.count
        return (matched, predictedPairs.count, goldKeys.count)
    }

    /// F1 from counts; 1 when there is nothing to find and nothing was found.
    public static func f1(matched: Int, predicted: Int, gold: Int) -> Double {
        if predicted == 0 && gold == 0 { return 1 }
        guard predicted > 0, gold > 0, matched > 0 else { return 0 }
        let precision = Double(matched) / Double(predicted)
        let recall = Double(matched) / Double(gold)
        return 2 * precision * recall / (precision + recall)
    }
}
