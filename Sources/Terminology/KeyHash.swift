/// Polynomial hashes of UTF-8 bytes that agree between a whole key and a slice of it: once a
/// word's prefix hashes are known, the hash of any of its stems costs O(1).
///
/// ```swift
/// var prefixes = KeyHash.Prefixes()
/// prefixes.reset(word)                    // word: the 14 UTF-8 bytes of "وللعراق"
/// prefixes.hash(of: 6..<14) == KeyHash.hash(stem)   // true, stem: the 8 bytes of "عراق"
/// ```
///
/// The hash is `Σ bytes[i]·P^(n-1-i)` modulo 2^64. Tables that use it mix it first (its low
/// bits are weak) and always compare the bytes, so a collision costs time, never a wrong word.
public enum KeyHash {
    static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The hash of `bytes`.
    ///
    /// - Complexity: O(n).
    @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0
        for byte in bytes { hash = hash &* multiplier &+ UInt64(byte) }
        return hash
    }

    /// The hash of a key's bytes followed by `byte`.
    @inline(__always)
    static func appending(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        hash &* multiplier &+ UInt64(byte)
    }

    /// A well-mixed 64-bit value from a hash (MurmurHash3's finaliser), for table slots.
    @inline(__always)
    public static func mix(_ hash: UInt64) -> UInt64 {
        var x = hash
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    /// A 64-bit digest of a large buffer, 32 bytes a step in four independent lanes (several
    /// GB/s): to tell whole files apart (a compiled glossary's source, its damage), not for hash
    /// tables of keys.
    ///
    /// - Complexity: O(n).
    public static func digest(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) =
            (0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89)
        @inline(__always) func step(_ state: inout UInt64, _ word: UInt64) {
            state = (state ^ word) &* multiplier
            state ^= state >> 29
        }
        var offset = 0
        while offset + 32 <= bytes.count {
            step(&lanes.0, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            step(&lanes.1, bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            step(&lanes.2, bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
            step(&lanes.3, bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
            offset += 32
        }
        var state = UInt64(bytes.count)
        for lane in [lanes.0, lanes.1, lanes.2, lanes.3] { step(&state, mix(lane)) }
        while offset < bytes.count {
            step(&state, UInt64(bytes[offset]))
            offset += 1
        }
        return mix(state)
    }

    /// `P^n` for the slice lengths that words have; longer slices are hashed directly.
    static let powers: [UInt64] = {
        var powers: [UInt64] = [1]
        for _ in 1..<128 { powers.append(powers[powers.count - 1] &* multiplier) }
        return powers
    }()

    /// The prefix hashes of one key, in a buffer reused from key to key.
    struct Prefixes {
        private var hashes: [UInt64] = [0]
        private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

        /// Computes the prefix hashes of `bytes`, which must stay valid while slices are asked for.
        ///
        /// - Complexity: O(n).
        mutating func reset(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            hashes.removeAll(keepingCapacity: true)
            var hash: UInt64 = 0
            hashes.append(hash)
            for byte in bytes {
                hash = hash &* KeyHash.multiplier &+ UInt64(byte)
                hashes.append(hash)
            }
        }

        /// The hash of the key's bytes in `range`, equal to `KeyHash.hash` of those bytes.
        ///
        /// - Complexity: O(1) for slices shorter than 128 bytes.
        @inline(__always)
        func hash(of range: Range<Int>) -> UInt64 {
            let length = range.count
            guard length < KeyHash.powers.count else {
                return KeyHash.hash(UnsafeBufferPointer(rebasing: bytes[range]))
            }
            return hashes[range.upperBound] &- hashes[range.lowerBound] &* KeyHash.powers[length]
        }
    }
}
