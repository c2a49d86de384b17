/// ROUGE-Lsum: summary-level LCS (Lin 2004, §3.2) with rouge-score's guard against counting a
/// token more often than it occurs on either side.
enum SummaryLevelLCS {
    /// For each reference sentence, the union of its LCS positions with every candidate sentence;
    /// each union token is a hit while both sides still have an unused occurrence of it.
    /// Precision is hits over candidate tokens, recall hits over reference tokens.
    ///
    /// The LCS positions are those rouge-score's `_backtrack_norec` reads out of the full
    /// table. For a candidate sentence of at most 64 tokens the table's rows are kept as
    /// bit vectors (`BitParallelLCS`), one word a row; longer ones use `LCSTable`.
    ///
    /// - Complexity: O(n · s) time for n reference tokens and s candidate sentences of at most
    ///   64 tokens (O(n · m) in general); memory O(vocabularySize) plus the longest reference
    ///   sentence (or the largest sentence pair's table).
    static func score(
        reference: [ArraySlice<Int32>], candidate: [ArraySlice<Int32>], vocabularySize: Int
    ) -> RougeScore {
        let referenceTotal = reference.reduce(0) { $0 + $1.count }
        let candidateTotal = candidate.reduce(0) { $0 + $1.count }
        guard referenceTotal > 0, candidateTotal > 0 else { return .zero }

        var referenceLeft = [Int32](repeating: 0, count: vocabularySize)
        var candidateLeft = [Int32](repeating: 0, count: vocabularySize)
        for sentence in reference { for token in sentence { referenceLeft[Int(token)] += 1 } }
        for sentence in candidate { for token in sentence { candidateLeft[Int(token)] += 1 } }

        // The union is a set, so the candidate sentences may come in any order: outermost,
        // each one's match masks are built once for every reference sentence.
        var used = reference.map { [Bool](repeating: false, count: $0.count) }
        var bitParallel = BitParallelLCS(vocabularySize: vocabularySize)
        var table = LCSTable()
        for other in candidate where !other.isEmpty {
            if other.count <= BitParallelLCS.maximumLength {
                bitParallel.load(other)
                for (index, sentence) in reference.enumerated() where !sentence.isEmpty {
                    bitParallel.markBacktrack(reference: sentence, into: &used[index])
                }
                bitParallel.unload(other)
            } else {
                for (index, sentence) in reference.enumerated() where !sentence.isEmpty {
                    table.markBacktrack(reference: sentence, candidate: other, into: &used[index])
                }
            }
        }

        var hits = 0
        for (index, sentence) in reference.enumerated() {
            for (position, token) in sentence.enumerated() where used[index][position] {
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
