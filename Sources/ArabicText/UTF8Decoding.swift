/// Decodes the scalar that starts at `index` in valid UTF-8 (as every Swift `String` holds).
///
/// The hot paths (normaliser, tokeniser) walk bytes rather than `Character`s: a `Character`
/// merges a letter with its diacritics, and walking bytes is an order of magnitude faster.
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    if lead < 0xE0 {
        return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
    }
    if lead < 0xF0 {
        return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
            | UInt32(bytes[index + 2] & 0x3F), 3)
    }
    return (UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
}

/// The number of Unicode scalars in valid UTF-8: the bytes that are not continuation bytes
/// (`10xxxxxx`), counted eight at a time. A byte-by-byte test branches on every byte of Arabic
/// text (lead and continuation bytes alternate) and mispredicts half the time.
func scalarCount(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let raw = UnsafeRawBufferPointer(bytes)
    let topBits: UInt64 = 0x8080_8080_8080_8080
    var continuations = 0
    var index = 0
    while index + 8 <= raw.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        // Bit 7 of each byte set, bit 6 (shifted up into bit 7 of the same byte) clear.
        continuations &+= (word & ~(word << 1) & topBits).nonzeroBitCount
        index += 8
    }
    while index < raw.count {
        if raw[index] & 0xC0 == 0x80 { continuations &+= 1 }
        index += 1
    }
    return raw.count - continuations
}

extension String {
    /// Runs `body` over the string's UTF-8 bytes, contiguous in memory.
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var copy = self
        return copy.withUTF8(body)
    }
}
