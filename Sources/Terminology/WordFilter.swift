/// A Bloom filter over the glossary's words. Most words of a text, under most of their
/// readings, are in no term: ruling them out here, in a bit table small enough to stay in the
/// processor's cache, spares a cache miss in the much larger `WordTable`.
///
/// It never says no to a word it holds; it says "maybe" to about 2% of the others.
///
/// - Complexity: look-up and insertion O(1); memory about 16 bits per word.
struct WordFilter: Sendable {
    private var bits: [UInt64]
    private let mask: UInt64

    /// An empty filter sized for `count` words.
    init(capacity count: Int) {
        var size = 64
        while size < count * 16 { size *= 2 }
        bits = Array(repeating: 0, count: size / 64)
        mask = UInt64(size - 1)
    }

    /// Adds the word whose `KeyHash.mix`ed hash is `mixed`.
    mutating func insert(mixed: UInt64) {
        let (first, second) = positions(mixed)
        bits[Int(first >> 6)] |= 1 << (first & 63)
        bits[Int(second >> 6)] |= 1 << (second & 63)
    }

    /// False when the word whose mixed hash is `mixed` is certainly not in the filter.
    @inline(__always)
    func mayContain(mixed: UInt64) -> Bool {
        let (first, second) = positions(mixed)
        return bits[Int(first >> 6)] & (1 << (first & 63)) != 0 && bits[Int(second >> 6)] & (1 << (second & 63)) != 0
    }

    /// Two bit positions from the two halves of the hash.
    @inline(__always)
    private func positions(_ mixed: UInt64) -> (UInt64, UInt64) {
        (mixed & mask, (mixed >> 32) & mask)
    }
}
