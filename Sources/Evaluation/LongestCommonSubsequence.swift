/// Longest common subsequences of token-id sequences, as rouge-score computes them.
enum LongestCommonSubsequence {
    /// The length of an LCS of `a` and `b`.
    ///
    /// - Complexity: O(n · m) time, O(min(n, m)) memory.
    static func length(_ a: [Int32], _ b: [Int32]) -> Int {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        guard !short.isEmpty else { return 0 }
        var previous = [Int32](repeating: 0, count: short.count + 1)
        var current = previous
        for token in long {
            for j in 1...short.count {
                current[j] = token == short[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return Int(previous[short.count])
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
    mutating func markBacktrack(reference: [Int32], candidate: [Int32], into used: inout [Bool]) {
        let rows = reference.count
        let columns = candidate.count
        guard rows > 0, columns > 0 else { return }
        let width = columns + 1
        let size = (rows + 1) * width
        if cells.count < size { cells = [Int32](repeating: 0, count: size) }
        cells.withUnsafeMutableBufferPointer { table in
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
