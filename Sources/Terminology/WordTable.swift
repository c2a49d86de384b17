/// A set of byte strings (UTF-8 words) that numbers them 0, 1, 2, ... in the order they are
/// inserted: an open-addressing hash table over one byte arena.
///
/// Looking a word up allocates nothing and hashes no `String` (Swift hashes non-ASCII strings
/// through Unicode normalisation): the caller gives the bytes and their `KeyHash`, which lets
/// a matcher look up every stem of a word without copying it.
///
/// - Complexity: look-up and insertion O(n) in the word's length, amortised; memory O(total
///   length of the words).
struct WordTable: Sendable {
    /// The words' bytes, one after another.
    private var storage: [UInt8] = []
    /// Where each word starts in `storage`, plus the end of the last.
    private var starts: [Int] = [0]
    /// Empty (0), or the low half of the mixed hash (a tag that spares most byte comparisons)
    /// above the word's id + 1. The slot itself comes from the high bits.
    private var slots: [UInt64]
    private var shift: UInt64

    init(minimumCapacity: Int = 16) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The number of words.
    var count: Int { starts.count - 1 }

    /// The id of `key`, whose `KeyHash.hash` is `hash`, or nil.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mixed = KeyHash.mix(hash)
        let tag = mixed & 0xFFFF_FFFF
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: mixed >> shift)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if entry >> 32 == tag {
                    let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                    if equals(id, key) { return id }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of `key` (hash `hash`), added with the next id if it is new.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (id: Int, inserted: Bool) {
        if let id = find(key, hash: hash) { return (id, false) }
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let id = count
        storage.append(contentsOf: key)
        starts.append(storage.count)
        place(id, mixed: KeyHash.mix(hash))
        return (id, true)
    }

    /// The bytes of word `id`, valid while `body` runs.
    func withBytes<R>(of id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[id]..<starts[id + 1]])) }
    }

    /// Forgets every word, keeping the memory for the next ones.
    mutating func removeAll() {
        storage.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        starts.append(0)
        for index in slots.indices { slots[index] = 0 }
    }

    @inline(__always)
    private func equals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == key.count else { return false }
        return storage.withUnsafeBufferPointer { storage in
            var index = 0
            while index < key.count {
                if storage[start + index] != key[index] { return false }
                index += 1
            }
            return true
        }
    }

    private mutating func place(_ id: Int, mixed: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: mixed >> shift)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (mixed & 0xFFFF_FFFF) << 32 | UInt64(id + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        shift -= 1
        for id in 0..<count {
            let hash = withBytes(of: id) { KeyHash.hash($0) }
            place(id, mixed: KeyHash.mix(hash))
        }
    }
}
