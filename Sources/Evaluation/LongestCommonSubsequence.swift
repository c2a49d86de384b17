/// Longest common subsequences of token-id sequences, as rouge-score computes them.
enum LongestCommonSubsequence {
    /// The length of an LCS of `a` and `b`, whose ids are below `vocabularySize`.
    ///
    /// Bit-parallel (Crochemore, Iliopoulos, Pinzon and Reid, 2001): one bit per token of the
    /// shorter sequence, a row of the dynamic-programming table in ⌈m/64⌉ words, each token of
    /// the longer sequence one add and a few word operations:
    /// `V ← (V + (V & M[t])) | (V & ~M[t])`; the LCS length is the count of zero bits of V.
    ///
    /// - Complexity: O(n · ⌈m/64⌉ + σ · ⌈m/64⌉) time for lengths n ≥ m and σ = `vocabularySize`.
    static func length(_ a: [Int32], _ b: [Int32], vocabularySize: Int) -> Int {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        guard !short.isEmpty else { return 0 }
        let words = (short.count + 63) / 64
        // Each distinct id of the shorter sequence gets a compact index, so the masks take
        // O(m · words) memory whatever the vocabulary.
        var compact = [Int32](repeating: -1, count: max(vocabularySize, 1))
        var distinct: Int32 = 0
        for id in short where compact[Int(id)] < 0 {
            compact[Int(id)] = distinct
            distinct += 1
        }
        // masks[c * words + w]: bit j of word w is set when short[64 w + j] has compact index c.
        var masks = [UInt64](repeating: 0, count: Int(distinct) * words)
        var row = [UInt64](repeating: ~0, count: words)
        masks.withUnsafeMutableBufferPointer { masks in
            for (position, id) in short.enumerated() {
                masks[Int(compact[Int(id)]) * words + position / 64] |= 1 << UInt64(position % 64)
            }
            row.withUnsafeMutableBufferPointer { row in
                for id in long {
                    let index = compact[Int(id)]
                    guard index >= 0 else { continue }  // no match in the shorter: the row stays
                    let base = Int(index) * words
                    var carry: UInt64 = 0
                    for word in 0..<words {
                        let v = row[word]
                        let match = masks[base + word]
                        let (sum, overflow) = v.addingReportingOverflow(v & match)
                        let (total, overflowAgain) = sum.addingReportingOverflow(carry)
                        carry = overflow || overflowAgain ? 1 : 0
                        row[word] = total | (v & ~match)
                    }
                }
            }
        }
        var zeros = 0
        for word in 0..<words {
            let bits = word == words - 1 && short.count % 64 != 0 ? short.count % 64 : 64
            let valid: UInt64 = bits == 64 ? ~0 : (1 << UInt64(bits)) - 1
            zeros += (~row[word] & valid).nonzeroBitCount
        }
        return zeros
    }
}

/// A reusable (n+1)×(m+1) LCS table for reading out which reference tokens one LCS uses.
struct LCSTable {
    private var cells: [Int32] = []

    /// Marks in `used` the reference positions of the LCS that rouge-score's `_backtrack_norec`
    /// reads out: a match steps diagonally; otherwise it moves left only when the left cell is
    /// strictly greater than the one above.
    ///
    /// - Complexity: O(n · m) time; the table grows to the largest pair seen and is reused.
    mutating func markBacktrack(reference: ArraySlice<Int32>, candidate: ArraySlice<Int32>, into used: inout [Bool]) {
        let rows = reference.count
        let columns = candidate.count
        guard rows > 0, columns > 0 else { return }
        let width = columns + 1
        let size = (rows + 1) * width
        if cells.count < size { cells = [Int32](repeating: 0, count: size) }
        cells.withUnsafeMutableBufferPointer { table in
            reference.withUnsafeBufferPointer { reference in
                candidate.withUnsafeBufferPointer { candidate in
                    for j in 0...columns { table[j] = 0 }
                    for i in 1...rows {
                        let row = i * width
                        let above = row - width
                        table[row] = 0
                        let token = reference[i - 1]
                        for j in 1...columns {
                            table[row + j] = token == candidate[j - 1]
                                ? table[above + j - 1] + 1
                                : max(table[above + j], table[row + j - 1])
                        }
                    }
                    var i = rows
                    var j = columns
                    while i > 0 && j > 0 {
                        if reference[i - 1] == candidate[j - 1] {
                            used[i - 1] = true
                            i -= 1
                            j -= 1
                        } else if table[i * width + j - 1] > table[(i - 1) * width + j] {
                            j -= 1
                        } else {
                            i -= 1
                        }
                    }
                }
            }
        }
    }
}
