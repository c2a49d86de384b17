/// The words a `TermMatchMemo` remembers, with the steps (glossary readings) and the long
/// readings (where a typo may hide) of each.
///
/// Each word is one record in one arena of 32-bit words: a header (key length, counts, the
/// taa marbuta flag), the key's bytes, the steps, the long readings. Recalling a word reads a
/// slot, then one record: two memory accesses, which is what a memo hit costs on a text
/// whose words the processor's caches cannot all hold.
///
/// - Complexity: recalling or remembering a word is O(length of its key), amortised; memory
///   O(capacity).
struct WordMemory {
    /// 0 for an empty slot, else a tag (the low half of the mixed hash, lowest bit set) above
    /// the record's offset in `records`.
    private var slots: [UInt64]
    private var shift: UInt64
    private var records: [UInt32] = []
    private(set) var count = 0
    /// Look-ups for a typo that found nothing: a word (its record's offset) with a candidate
    /// list (`noTypoKey`). News repeats its word pairs, and nearly every look-up finds nothing.
    private var noTypo: Set<UInt64> = []
    /// The most words remembered; past it the memory starts afresh.
    let capacity: Int

    /// Header fields: key length (16 bits), step count (8), long reading count (7), taa marbuta (1).
    private static let maximumKeyLength = 0xFFFF
    private static let maximumSteps = 0xFF
    private static let maximumLongReadings = 0x7F
    /// Mixed into the hash of a word whose final `ه` stands for `ة`.
    private static let taaMarbutaSalt: UInt64 = 0x5EED_0000_0000_0029

    init(capacity: Int) {
        self.capacity = capacity
        slots = Array(repeating: 0, count: 1 << 15)
        shift = 64 - 15
    }

    /// Appends the steps and long readings remembered for `key` to `found` and `long`, and
    /// gives the word's id (its record's offset, for `typoLookUpFoundNothing`); nil when the
    /// word is new.
    func recall(
        _ key: UnsafeBufferPointer<UInt8>, endsInTaaMarbuta: Bool, into found: inout [SearchWorkspace.Step],
        longReadings long: inout [SearchWorkspace.LongReading]
    ) -> Int32? {
        let mixed = Self.mixed(Self.hash(key), endsInTaaMarbuta)
        let tag = (mixed & 0xFFFF_FFFF) | 1
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: mixed >> shift)
        return slots.withUnsafeBufferPointer { slots in
            records.withUnsafeBufferPointer { records in
                while true {
                    let slot = slots[index]
                    if slot == 0 { return nil }
                    if slot >> 32 == tag {
                        let offset = Int(slot & 0xFFFF_FFFF)
                        let header = records[offset]
                        if Int(header & 0xFFFF) == key.count, (header >> 31 == 1) == endsInTaaMarbuta,
                            Self.keyEquals(key, records, at: offset + 1)
                        {
                            Self.read(records, at: offset, into: &found, longReadings: &long)
                            return Int32(truncatingIfNeeded: offset)
                        }
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    /// Remembers what was found for a word not remembered yet (unless it is too long to keep),
    /// and gives its id (nil when it was not kept).
    @discardableResult
    mutating func remember(
        _ found: ArraySlice<SearchWorkspace.Step>, longReadings long: ArraySlice<SearchWorkspace.LongReading>,
        for key: UnsafeBufferPointer<UInt8>, endsInTaaMarbuta: Bool
    ) -> Int32? {
        guard key.count <= Self.maximumKeyLength, found.count <= Self.maximumSteps,
            long.count <= Self.maximumLongReadings
        else { return nil }
        let size = 1 + Self.chunkCount(key.count) + 3 * found.count + 3 * long.count
        // Ids are offsets below 2^31 (see `noTypoKey`).
        if count >= capacity || records.count + size > Int(Int32.max) {
            records.removeAll(keepingCapacity: true)
            for index in slots.indices { slots[index] = 0 }
            count = 0
            noTypo.removeAll(keepingCapacity: true)  // its ids are reused from here on
        }
        if (count + 1) * 2 > slots.count { grow() }
        let offset = records.count
        records.append(UInt32(key.count) | UInt32(found.count) << 16 | UInt32(long.count) << 24
            | (endsInTaaMarbuta ? 1 << 31 : 0))
        for index in 0..<Self.chunkCount(key.count) { records.append(Self.chunk(key, index)) }
        for step in found {
            records.append(UInt32(bitPattern: step.word))
            records.append(UInt32(step.affixes.packed))
            records.append(UInt32(bitPattern: step.rootChild))
        }
        for reading in long {
            records.append(UInt32(reading.affixes.packed) | (reading.restoresTaaMarbuta ? 1 << 8 : 0))
            records.append(UInt32(bitPattern: reading.stem.lowerBound))
            records.append(UInt32(bitPattern: reading.stem.upperBound))
        }
        place(offset, mixed: Self.mixed(Self.hash(key), endsInTaaMarbuta))
        count += 1
        return Int32(truncatingIfNeeded: offset)
    }

    /// Whether looking in candidate list `group` of `lists` for a word one edit from any
    /// long reading of word `word` (an id) was found to give nothing.
    func typoLookUpFoundNothing(word: Int32, lists: FuzzyIndex.Lists, group: Int32) -> Bool {
        noTypo.contains(Self.noTypoKey(word, lists, group))
    }

    /// Records that that look-up gives nothing.
    mutating func rememberTypoLookUpFoundNothing(word: Int32, lists: FuzzyIndex.Lists, group: Int32) {
        noTypo.insert(Self.noTypoKey(word, lists, group))
    }

    /// Word id (31 bits), list (1 bit), group (32 bits).
    private static func noTypoKey(_ word: Int32, _ lists: FuzzyIndex.Lists, _ group: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: word)) << 33 | (lists == .children ? 1 << 32 : 0) | UInt64(UInt32(bitPattern: group))
    }

    /// The key's bytes as the records keep them: four to a 32-bit word, the first lowest, the
    /// last word padded with zeros.
    @inline(__always)
    private static func chunk(_ key: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt32 {
        let start = 4 * index
        if start + 4 <= key.count, let base = key.baseAddress {
            return UInt32(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt32.self))
        }
        var word: UInt32 = 0
        for offset in start..<min(start + 4, key.count) { word |= UInt32(key[offset]) << (8 * UInt32(offset - start)) }
        return word
    }

    @inline(__always)
    private static func chunkCount(_ length: Int) -> Int { (length + 3) / 4 }

    /// A hash of a key from its chunks (the memo needs no slices of keys, so it hashes four
    /// bytes at a time).
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = UInt64(key.count)
        for index in 0..<chunkCount(key.count) { hash = (hash ^ UInt64(chunk(key, index))) &* KeyHash.multiplier }
        return hash
    }

    @inline(__always)
    private static func mixed(_ hash: UInt64, _ endsInTaaMarbuta: Bool) -> UInt64 {
        KeyHash.mix(hash ^ (endsInTaaMarbuta ? taaMarbutaSalt : 0))
    }

    /// Whether the key bytes stored from `records[start]` on are `key`.
    @inline(__always)
    private static func keyEquals(
        _ key: UnsafeBufferPointer<UInt8>, _ records: UnsafeBufferPointer<UInt32>, at start: Int
    ) -> Bool {
        for index in 0..<chunkCount(key.count) where records[start + index] != chunk(key, index) { return false }
        return true
    }

    /// Appends the steps and long readings of the record at `offset`.
    @inline(__always)
    private static func read(
        _ records: UnsafeBufferPointer<UInt32>, at offset: Int, into found: inout [SearchWorkspace.Step],
        longReadings long: inout [SearchWorkspace.LongReading]
    ) {
        let header = records[offset]
        var index = offset + 1 + Self.chunkCount(Int(header & 0xFFFF))
        for _ in 0..<Int(header >> 16 & 0xFF) {
            found.append(SearchWorkspace.Step(
                word: Int32(bitPattern: records[index]),
                affixes: Affixes(packed: UInt8(truncatingIfNeeded: records[index + 1])),
                rootChild: Int32(bitPattern: records[index + 2])))
            index += 3
        }
        for _ in 0..<Int(header >> 24 & 0x7F) {
            let flags = records[index]
            long.append(SearchWorkspace.LongReading(
                affixes: Affixes(packed: UInt8(truncatingIfNeeded: flags)),
                stem: Int32(bitPattern: records[index + 1])..<Int32(bitPattern: records[index + 2]),
                restoresTaaMarbuta: flags & 1 << 8 != 0))
            index += 3
        }
    }

    private mutating func place(_ offset: Int, mixed: UInt64) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: mixed >> shift)
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = ((mixed & 0xFFFF_FFFF) | 1) << 32 | UInt64(offset)
    }

    /// Doubles the slots, placing every record again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        shift -= 1
        var offset = 0
        while offset < records.count {
            let header = records[offset]
            let length = Int(header & 0xFFFF)
            // The hash of `hash(_:)`, from the chunks kept.
            var hash = UInt64(length)
            for index in 0..<Self.chunkCount(length) {
                hash = (hash ^ UInt64(records[offset + 1 + index])) &* KeyHash.multiplier
            }
            place(offset, mixed: Self.mixed(hash, header >> 31 == 1))
            offset += 1 + Self.chunkCount(length) + 3 * Int(header >> 16 & 0xFF) + 3 * Int(header >> 24 & 0x7F)
        }
    }
}
