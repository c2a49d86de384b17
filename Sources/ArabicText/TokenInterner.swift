/// Gives every distinct token a dense `Int32` id, so matching compares integers, not strings.
///
/// Tokens are keyed by their UTF-8 bytes in an open-addressing table over one byte arena, so
/// a tokenizer that hands out bytes never makes a `String` per token. ROUGE and the summarizer
/// both count tokens through it.
public struct TokenInterner: Sendable {
    /// Every interned token's bytes, one after another.
    private var arena: [UInt8] = []
    /// Token `id` occupies `arena[starts[id]..<starts[id + 1]]`.
    private var starts: [Int32] = [0]
    /// Each token's hash, by id, so the table can grow without rehashing bytes.
    private var hashes: [UInt64] = []
    /// Slots holding `id + 1`, or 0 when empty; the count is a power of two.
    private var slots: [Int32]

    /// An interner sized for about `expectedTokens` distinct tokens, so it need not grow.
    public init(expectedTokens: Int = 32) {
        var count = 64
        while count < expectedTokens * 2 { count *= 2 }
        slots = Array(repeating: 0, count: count)
        hashes.reserveCapacity(expectedTokens)
        starts.reserveCapacity(expectedTokens + 1)
        arena.reserveCapacity(expectedTokens * 8)
    }

    /// How many distinct tokens have ids; every id is below this.
    public var vocabularySize: Int { hashes.count }

    /// The token whose id is `id` (below `vocabularySize`), as text.
    public func string(_ id: Int32) -> String {
        arena.withUnsafeBufferPointer { arena in
            String(decoding: arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])], as: UTF8.self)
        }
    }

    /// The ids of `tokens`, in order, assigning new ids to unseen tokens.
    ///
    /// - Complexity: O(n) in the total length of the tokens.
    public mutating func intern(_ tokens: [String]) -> [Int32] {
        tokens.map { token in
            var token = token
            return token.withUTF8 { intern($0) }
        }
    }

    /// The id of the token whose UTF-8 bytes are `bytes`, new if unseen.
    ///
    /// - Complexity: O(k) in the token's length, amortised.
    public mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            let id = Int(stored - 1)
            if hashes[id] == hash && equals(id, bytes) { return stored - 1 }
            slot = (slot + 1) & mask
        }
        let id = Int32(truncatingIfNeeded: hashes.count)
        arena.append(contentsOf: bytes)
        starts.append(Int32(truncatingIfNeeded: arena.count))
        hashes.append(hash)
        slots[slot] = id + 1
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of the token whose UTF-8 bytes are `bytes`, or nil if it was never interned.
    public func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            let id = Int(stored - 1)
            if hashes[id] == hash && equals(id, bytes) { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[id])
        guard Int(starts[id + 1]) - start == bytes.count else { return false }
        return arena.withUnsafeBytes { stored in
            Self.equal(UnsafeRawBufferPointer(rebasing: stored[start..<(start + bytes.count)]), UnsafeRawBufferPointer(bytes))
        }
    }

    /// Byte equality of two buffers of the same length, eight bytes at a time (the last eight
    /// overlapping those before, when there are eight).
    private static func equal(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        let count = a.count
        if count < 8 { return tail(a, from: 0) == tail(b, from: 0) }
        var index = 0
        while index + 8 <= count {
            if a.loadUnaligned(fromByteOffset: index, as: UInt64.self) != b.loadUnaligned(fromByteOffset: index, as: UInt64.self) {
                return false
            }
            index += 8
        }
        return index == count
            || a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }

    /// The bytes of `raw` from `index` on (fewer than eight), little-endian in a word, zero-padded.
    @inline(__always)
    private static func tail(_ raw: UnsafeRawBufferPointer, from index: Int) -> UInt64 {
        let left = raw.count - index
        assert(left > 0 && left < 8 || raw.count < 8, "a tail is one to seven bytes")
        if raw.count >= 8 {
            // The last eight bytes, shifted so that only the `left` ones not yet read remain.
            return raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self) &>> (8 &* UInt64(8 - left))
        }
        var word: UInt64 = 0
        var shift: UInt64 = 0
        var at = index
        if left & 4 != 0 {
            word = UInt64(raw.loadUnaligned(fromByteOffset: at, as: UInt32.self))
            at += 4
            shift = 32
        }
        if left & 2 != 0 {
            word |= UInt64(raw.loadUnaligned(fromByteOffset: at, as: UInt16.self)) &<< shift
            at += 2
            shift += 16
        }
        if left & 1 != 0 { word |= UInt64(raw[at]) &<< shift }
        return word
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for id in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(truncatingIfNeeded: id) + 1
        }
        slots = larger
    }

    /// The bytes eight at a time (the tail zero-padded), each word multiplied in, the length
    /// mixed in last, then a final avalanche so the low bits (the slot) depend on all of them.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var index = 0
        while index + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
            index += 8
        }
        if index < raw.count {
            hash = (hash ^ tail(raw, from: index)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
        }
        hash = (hash ^ UInt64(raw.count)) &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 31)
    }
}
