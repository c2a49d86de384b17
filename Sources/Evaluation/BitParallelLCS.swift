/// The LCS table of a reference sentence against one candidate sentence of at most 64 tokens,
/// one 64-bit word a row (Crochemore, Iliopoulos, Pinzon and Reid, 2001), and the same
/// backtrack as `LCSTable`.
///
/// Row i's word V has bit j clear when the table grows by one from column j to j + 1, so
/// `table[i][j]` is the number of clear bits among V's lowest j. Row i + 1 is
/// `(V + (V & M)) | (V & ~M)`, M being the candidate positions of reference token i.
struct BitParallelLCS {
    /// The longest candidate sentence one word holds.
    static let maximumLength = 64

    /// By token id: the bit set of the loaded candidate's positions holding it.
    private var masks: [UInt64]
    /// The rows of the last table, reused.
    private var rows: [UInt64] = []
    /// The loaded candidate's length.
    private var columns = 0

    init(vocabularySize: Int) {
        masks = [UInt64](repeating: 0, count: vocabularySize)
    }

    /// Makes `candidate` (at most 64 tokens, ids below the vocabulary size) the column sequence.
    mutating func load(_ candidate: ArraySlice<Int32>) {
        columns = candidate.count
        for (position, id) in candidate.enumerated() {
            masks[Int(id)] |= 1 << UInt64(position)
        }
    }

    /// Clears the masks `load` set, so the next candidate starts clean in O(its length).
    mutating func unload(_ candidate: ArraySlice<Int32>) {
        for id in candidate { masks[Int(id)] = 0 }
        columns = 0
    }

    /// Marks in `used` the reference positions of the LCS that rouge-score's `_backtrack_norec`
    /// reads out: a match steps diagonally; otherwise it moves left only when the left cell is
    /// strictly greater than the one above.
    ///
    /// - Complexity: O(n) time and memory for a reference of n tokens.
    mutating func markBacktrack(reference: ArraySlice<Int32>, into used: inout [Bool]) {
        let count = reference.count
        guard count > 0, columns > 0 else { return }
        if rows.count < count + 1 { rows = [UInt64](repeating: 0, count: count + 1) }
        masks.withUnsafeBufferPointer { masks in
            rows.withUnsafeMutableBufferPointer { rows in
                reference.withUnsafeBufferPointer { reference in
                    rows[0] = ~0
                    for i in 0..<count {
                        let v = rows[i]
                        let match = masks[Int(reference[i])]
                        rows[i + 1] = (v &+ (v & match)) | (v & ~match)
                    }
                    /// table[row][column]: the clear bits among the row's lowest `column`.
                    func cell(_ row: Int, _ column: Int) -> Int {
                        let low: UInt64 = column >= 64 ? ~0 : (1 << UInt64(column)) &- 1
                        return column - (rows[row] & low).nonzeroBitCount
                    }
                    var i = count
                    var j = columns
                    while i > 0 && j > 0 {
                        if masks[Int(reference[i - 1])] >> UInt64(j - 1) & 1 == 1 {
                            used[i - 1] = true
                            i -= 1
                            j -= 1
                        } else if cell(i, j - 1) > cell(i - 1, j) {
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
