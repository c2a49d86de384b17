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
                    /// 1 when the table grows from column `column` to the next in `row`.
                    func step(_ row: Int, _ column: Int) -> Int {
                        Int(truncatingIfNeeded: ~rows[row] >> UInt64(column) & 1)
                    }
                    var i = count
                    var j = columns
                    // here = table[i][j], up = table[i - 1][j]; moving left costs a bit each,
                    // only a move up needs a new row's count.
                    var here = cell(i, j)
                    var up = cell(i - 1, j)
                    while i > 0 && j > 0 {
                        let left = here - step(i, j - 1)
                        let upLeft = up - step(i - 1, j - 1)
                        if masks[Int(reference[i - 1])] >> UInt64(j - 1) & 1 == 1 {
                            used[i - 1] = true
                            i -= 1
                            j -= 1
                            here = upLeft
                            if i > 0 { up = cell(i - 1, j) }
                        } else if left > up {
                            j -= 1
                            here = left
                            up = upLeft
                        } else {
                            i -= 1
                            here = up
                            if i > 0 { up = cell(i - 1, j) }
                        }
                    }
                }
            }
        }
    }
}
