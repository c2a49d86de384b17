/// A Bloom filter over the glossary's words. Most words of a text, under most of their
/// readings, are in no term: ruling them out here, in a bit table small enough to stay in the
/// processor's cache, spares a cache miss in the much larger `WordTable`.
///
/// It never says no to a word it holds; it says "maybe" to a few percent of the others. Both
/// bits of a word lie in one 64-bit block: one memory access per look-up.
///
/// - Complexity: look-up and insertion O(1); memory about 8 to 16 bits per word.
struct WordFilter: Sendable {
    private var blocks: Table<UInt64>
    private let mask: UInt64

    /// An empty filter sized for `count` words.
    init(capacity count: Int) {
        var size = 1
        while size * 64 < count * 8 { size *= 2 }
        blocks = Table(Array(repeating: 0, count: size))
        mask = UInt64(size - 1)
    }

    /// Adds the word whose `KeyHash.mix`ed hash is `mixed`.
    mutating func insert(mixed: UInt64) {
        let (block, bits) = place(mixed)
        blocks[block] |= bits
    }

    /// False when the word whose mixed hash is `mixed` is certainly not in the filter.
    @inline(__always)
    func mayContain(mixed: UInt64) -> Bool {
        let (block, bits) = place(mixed)
        return blocks[block] & bits == bits
    }

    /// The block (from the high half of the hash) and the two bits in it (from the low half).
    @inline(__always)
    private func place(_ mixed: UInt64) -> (block: Int, bits: UInt64) {
        (Int(truncatingIfNeeded: (mixed >> 32) & mask), 1 << (mixed & 63) | 1 << ((mixed >> 6) & 63))
    }
}

extension WordFilter {
    /// Writes the filter as `init(reading:)` reads it back (see `CompiledGlossary`).
    func write(to writer: inout CompiledFormWriter) {
        writer.write(table: blocks)
    }

    init(reading reader: inout CompiledFormReader) throws(CompiledGlossaryError) {
        blocks = try reader.readTable()
        guard blocks.count.nonzeroBitCount == 1 else { throw .malformed("the word filter is inconsistent") }
        mask = UInt64(blocks.count - 1)
    }
}
