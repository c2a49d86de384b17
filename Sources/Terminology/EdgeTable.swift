/// A map from 64-bit keys to non-negative 32-bit values, open-addressed with linear probing:
/// the trie's edges (`node << 32 | word` to the child node) and the compiler's sets of pairs.
///
/// Unlike `Dictionary<UInt64, Int32>` it hashes with one multiplication (no per-process seed,
/// no SipHash) and keeps key and value side by side, one memory access per probe.
///
/// - Complexity: look-up and insertion O(1) expected, amortised.
struct EdgeTable: Sendable {
    private struct Slot {
        var key: UInt64
        /// -1 when the slot is empty.
        var value: Int32
        /// Zero: the slot's padding made a field, so that a compiled glossary writes no
        /// uninitialised bytes.
        var reserved: Int32 = 0
    }

    private var slots: Table<Slot>
    private var shift: UInt64
    private(set) var count = 0

    init() {
        slots = Table(Array(repeating: Slot(key: 0, value: -1), count: 16))
        shift = 64 - 4
    }

    /// The key of the pair `(high, low)`.
    @inline(__always)
    static func key(_ high: Int32, _ low: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: high)) << 32 | UInt64(UInt32(bitPattern: low))
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored under `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = home(key)
            while true {
                let entry = slots[slot]
                if entry.value < 0 { return nil }
                if entry.key == key { return entry.value }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Stores `value` (≥ 0) under `key` unless the key is present; returns the value now stored.
    @discardableResult
    mutating func insert(_ value: Int32, for key: UInt64) -> (value: Int32, inserted: Bool) {
        precondition(value >= 0, "EdgeTable values are non-negative")
        if let existing = self[key] { return (existing, false) }
        if (count + 1) * 4 > slots.count * 3 { grow() }
        place(key, value)
        count += 1
        return (value, true)
    }

    private mutating func place(_ key: UInt64, _ value: Int32) {
        let mask = slots.count - 1
        var slot = home(key)
        while slots[slot].value >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(key: key, value: value)
    }

    private mutating func grow() {
        let old = slots
        slots = Table(Array(repeating: Slot(key: 0, value: -1), count: old.count * 2))
        shift -= 1
        for entry in old where entry.value >= 0 { place(entry.key, entry.value) }
    }
}

extension EdgeTable {
    /// Writes the table as `init(reading:)` reads it back (see `CompiledGlossary`).
    func write(to writer: inout CompiledFormWriter) {
        writer.write(table: slots)
        writer.write(shift)
        writer.write(count)
    }

    init(reading reader: inout CompiledFormReader) throws(CompiledGlossaryError) {
        slots = try reader.readTable()
        shift = try reader.read()
        count = try reader.read()
        guard slots.count.nonzeroBitCount == 1, shift == UInt64(64 - slots.count.trailingZeroBitCount),
            count == slots.count(where: { $0.value >= 0 }), count < slots.count
        else { throw .malformed("an edge table is inconsistent") }
    }

    /// Whether `condition` holds for every key and value stored (to check a table read back).
    func allEntries(_ condition: (UInt64, Int32) -> Bool) -> Bool {
        slots.allSatisfy { $0.value < 0 || condition($0.key, $0.value) }
    }
}
