/// ROUGE-Lsum: summary-level LCS (Lin 2004, §3.2) with rouge-score's guard against counting a
/// token more often than it occurs on either side.
enum SummaryLevelLCS {
    /// For each reference sentence, the union of its LCS positions with every candidate sentence;
    /// each union token is a hit while both sides still have an unused occurrence of it.
    /// Precision is hits over candidate tokens, recall hits over reference tokens.
    ///
    /// - Complexity: O(n · m) time in the token counts of the two summaries; memory for the
    ///   largest sentence pair's table plus O(vocabularySize).
    static func score(reference: [[Int32]], candidate: [[Int32]], vocabularySize: Int) -> RougeScore {
        let referenceTotal = reference.reduce(0) { $0 + $1.count }
        let candidateTotal = candidate.reduce(0) { $0 + $1.count }
        guard referenceTotal > 0, candidateTotal > 0 else { return .zero }

        var referenceLeft = [Int32](repeating: 0, count: vocabularySize)
        var candidateLeft = [Int32](repeating: 0, count: vocabularySize)
        for sentence in reference { for token in sentence { referenceLeft[Int(token)] += 1 } }
        for sentence in candidate { for token in sentence { candidateLeft[Int(token)] += 1 } }

        var table = LCSTable()
        var hits = 0
        for sentence in reference where !sentence.isEmpty {
            var used = [Bool](repeating: false, count: sentence.count)
            for other in candidate {
                table.markBacktrack(reference: sentence, candidate: other, into: &used)
            }
            for (position, token) in sentence.enumerated() where used[position] {
                let id = Int(token)
                if candidateLeft[id] > 0 && referenceLeft[id] > 0 {
                    hits += 1
                    candidateLeft[id] -= 1
                    referenceLeft[id] -= 1
                }
            }
        }
        return RougeScore(
            precision: Double(hits) / Double(candidateTotal),
            recall: Double(hits) / Double(referenceTotal)
        )
    }
}
