/// A set of byte strings (UTF-8 words) that numbers them 0, 1, 2, ... in the order they are
/// inserted: an open-addressing hash table over one byte arena.
///
/// Looking a word up allocates nothing and hashes no `String` (Swift hashes non-ASCII strings
/// through Unicode normalisation): the caller gives the bytes and their `KeyHash`, which lets
/// a matcher look up every stem of a word without copying it. A slot holds where its word's
/// bytes are, so a look-up reads the slot, then the bytes, and nothing in between.
///
/// - Complexity: look-up and insertion O(n) in the word's length, amortised; memory O(total
///   length of the words).
struct WordTable: Sendable {
    private struct Slot {
        /// 0 for an empty slot, else the low half of the mixed hash with its lowest bit set: a
        /// tag that spares most byte comparisons. The slot itself comes from the high bits.
        var tag: UInt32
        var id: UInt32
        var start: UInt32
        var count: UInt32
    }

    /// The words' bytes, one after another.
    private var storage: Table<UInt8> = []
    /// Where each word starts in `storage`, plus the end of the last.
    private var starts: Table<Int> = [0]
    private var slots: Table<Slot>
    private var shift: UInt64

    init(minimumCapacity: Int = 16) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        slots = Table(Array(repeating: Slot(tag: 0, id: 0, start: 0, count: 0), count: size))
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The number of words.
    var count: Int { starts.count - 1 }

    /// The number of bytes of all words.
    var byteCount: Int { storage.count }

    /// The id of `key`, whose `KeyHash.hash` is `hash`, or nil.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        find(key, mixed: KeyHash.mix(hash))
    }

    /// The id of `key`, whose `KeyHash.hash` mixed by `KeyHash.mix` is `mixed`, or nil.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, mixed: UInt64) -> Int? {
        let tag = UInt32(truncatingIfNeeded: mixed) | 1
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: mixed >> shift)
        return slots.withUnsafeBufferPointer { slots in
            storage.withUnsafeBufferPointer { storage in
                while true {
                    let slot = slots[index]
                    if slot.tag == 0 { return nil }
                    if slot.tag == tag, Int(slot.count) == key.count,
                        Self.bytes(UnsafeBufferPointer(rebasing: storage[Int(slot.start)...]), beginWith: key)
                    {
                        return Int(slot.id)
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    /// The id of `key` (hash `hash`), added with the next id if it is new.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (id: Int, inserted: Bool) {
        let mixed = KeyHash.mix(hash)
        if let id = find(key, mixed: mixed) { return (id, false) }
        precondition(storage.count + key.count <= Int(UInt32.max) && count < Int(UInt32.max),
                     "WordTable holds at most 4 GB of words")
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let id = count
        storage.append(contentsOf: key)
        starts.append(storage.count)
        place(id, mixed: mixed)
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
        for index in slots.indices { slots[index].tag = 0 }
    }

    /// Whether `stored` (at least as long as `key`) begins with `key`.
    @inline(__always)
    private static func bytes(_ stored: UnsafeBufferPointer<UInt8>, beginWith key: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < key.count {
            if stored[index] != key[index] { return false }
            index += 1
        }
        return true
    }

    private mutating func place(_ id: Int, mixed: UInt64) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: mixed >> shift)
        while slots[index].tag != 0 { index = (index + 1) & mask }
        slots[index] = Slot(
            tag: UInt32(truncatingIfNeeded: mixed) | 1, id: UInt32(id), start: UInt32(starts[id]),
            count: UInt32(starts[id + 1] - starts[id]))
    }

    private mutating func grow() {
        slots = Table(Array(repeating: Slot(tag: 0, id: 0, start: 0, count: 0), count: slots.count * 2))
        shift -= 1
        for id in 0..<count {
            let hash = withBytes(of: id) { KeyHash.hash($0) }
            place(id, mixed: KeyHash.mix(hash))
        }
    }
}

extension WordTable {
    /// Writes the table as `init(reading:)` reads it back (see `CompiledGlossary`).
    func write(to writer: inout CompiledFormWriter) {
        writer.write(table: storage)
        writer.write(table: starts)
        writer.write(table: slots)
        writer.write(shift)
    }

    init(reading reader: inout CompiledFormReader) throws(CompiledGlossaryError) {
        storage = try reader.readTable()
        starts = try reader.readTable()
        slots = try reader.readTable()
        shift = try reader.read()
        let words = starts.count - 1
        guard starts.first == 0, starts.last == storage.count, zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }),
            slots.count.nonzeroBitCount == 1, shift == UInt64(64 - slots.count.trailingZeroBitCount),
            slots.contains(where: { $0.tag == 0 }),
            slots.allSatisfy({ $0.tag == 0 || (Int($0.id) < words && Int($0.start) + Int($0.count) <= storage.count) })
        else { throw .malformed("the word table is inconsistent") }
    }
}
