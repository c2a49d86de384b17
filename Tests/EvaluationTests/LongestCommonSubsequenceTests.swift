import ArabicText
import Testing
@testable import Evaluation

/// The bit-parallel LCS and the bit-row backtrack against the textbook table, written here
/// independently, on sequences that cross the 64-token word boundary.
@Suite struct LongestCommonSubsequenceTests {
    /// The (n+1)×(m+1) table of LCS lengths, filled the textbook way.
    static func table(_ a: [Int32], _ b: [Int32]) -> [[Int]] {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0..<a.count {
            for j in 0..<b.count {
                table[i + 1][j + 1] = a[i] == b[j] ? table[i][j] + 1 : max(table[i][j + 1], table[i + 1][j])
            }
        }
        return table
    }

    /// rouge-score's `_backtrack_norec`, transcribed: the reference positions it keeps.
    static func backtrack(_ reference: [Int32], _ candidate: [Int32]) -> Set<Int> {
        let table = table(reference, candidate)
        var kept: Set<Int> = []
        var i = reference.count
        var j = candidate.count
        while i > 0 && j > 0 {
            if reference[i - 1] == candidate[j - 1] {
                kept.insert(i - 1)
                i -= 1
                j -= 1
            } else if table[i][j - 1] > table[i - 1][j] {
                j -= 1
            } else {
                i -= 1
            }
        }
        return kept
    }

    /// Pseudo-random sequences over a small alphabet (so there are many matches and ties).
    static func sequences(count: Int, seed: UInt64) -> [[Int32]] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = generator.next(below: 150)
            return (0..<length).map { _ in Int32(generator.next(below: 6)) }
        }
    }

    @Test func lengthMatchesTheTableAcrossWordBoundaries() {
        let sequences = Self.sequences(count: 60, seed: 11) + [[], [3], Array(repeating: 1, count: 64), Array(repeating: 1, count: 65)]
        for (a, b) in zip(sequences, sequences.reversed()) {
            #expect(LongestCommonSubsequence.length(a, b, vocabularySize: 6) == Self.table(a, b)[a.count][b.count],
                    "lengths \(a.count) and \(b.count)")
        }
    }

    @Test func bitRowsBacktrackAsTheTableDoes() {
        let sequences = Self.sequences(count: 80, seed: 5).map { Array($0.prefix(64)) }
        var lcs = BitParallelLCS(vocabularySize: 6)
        for (reference, candidate) in zip(sequences, sequences.dropFirst()) {
            var used = [Bool](repeating: false, count: reference.count)
            lcs.load(candidate[...])
            lcs.markBacktrack(reference: reference[...], into: &used)
            lcs.unload(candidate[...])
            #expect(Set(used.indices.filter { used[$0] }) == Self.backtrack(reference, candidate))

            var tableUsed = [Bool](repeating: false, count: reference.count)
            var table = LCSTable()
            table.markBacktrack(reference: reference[...], candidate: candidate[...], into: &tableUsed)
            #expect(tableUsed == used)
        }
    }

    /// A candidate line longer than 64 tokens takes the table path; the score is the same as
    /// when the same tokens come as short lines only if the union is the same, so compare
    /// with a direct computation instead: one 70-token line against itself is a perfect match.
    @Test func scoresLongLinesThroughTheTable() {
        let line = (0..<70).map { Int32($0 % 9) }
        let score = SummaryLevelLCS.score(reference: [line[...]], candidate: [line[...]], vocabularySize: 9)
        #expect(score == RougeScore(precision: 1, recall: 1, f: 1))
    }
}
