/// rouge-score's default tokenizer: lowercase, every run of characters other than `a-z0-9`
/// separates tokens, and, with stemming, NLTK's Porter stemmer on tokens longer than three
/// letters.
///
/// ```swift
/// EnglishRougeTokenizer(stemming: true).tokens("The U.N. envoy's talks resumed.")
/// // ["the", "u", "n", "envoy", "s", "talk", "resum"]
/// ```
///
/// Lowercasing follows Unicode's full mapping, as Python's `str.lower()` does, so `"İ"` and the
/// Kelvin sign still yield `i` and `k`; any other non-ASCII letter separates tokens.
///
/// - Complexity: O(n) in the length of the text.
public struct EnglishRougeTokenizer: RougeTokenizer, ByteTokenizer {
    /// Whether tokens longer than three letters are reduced to their Porter stem.
    public let stemming: Bool
    private let stemmer = PorterStemmer()

    public init(stemming: Bool) {
        self.stemming = stemming
    }

    /// The tokens of `text`, in order.
    ///
    /// - Complexity: O(n) in the length of the text, plus the stemmer's work per long token.
    public func tokens(_ text: String) -> [String] {
        var scanned = TokenBytes()
        scan(text, into: &scanned)
        return scanned.ends.indices.map { String(decoding: scanned.bytes[scanned.range(of: $0)], as: UTF8.self) }
    }

    /// Walks the UTF-8 bytes of `text`: ASCII bytes through a comparison or two, other scalars
    /// through their full lowercase mapping. A line feed separates tokens and is recorded as a
    /// line break.
    ///
    /// - Complexity: O(n) in the length of the text, plus the stemmer's work per long token.
    func scan(_ text: String, into output: inout TokenBytes) {
        output.removeAll()
        var text = text
        text.withUTF8 { bytes in
            output.bytes.reserveCapacity(bytes.count)
            var tokenStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if Self.isTokenByte(byte) {
                        // A run of bytes that need no lowercasing is copied whole.
                        var end = index + 1
                        while end < bytes.count && Self.isTokenByte(bytes[end]) { end += 1 }
                        output.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                        index = end
                        continue
                    } else if byte >= 0x41 && byte <= 0x5A {
                        output.bytes.append(byte | 0x20)
                    } else {
                        finishToken(startingAt: tokenStart, in: &output)
                        tokenStart = output.bytes.count
                        if byte == 0x0A { output.lineBreaks.append(output.ends.count) }
                    }
                    index += 1
                    continue
                }
                let (scalar, length) = Self.decodeScalar(bytes, at: index)
                index += length
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                    let value = lowered.value
                    if value < 0x80, Self.isTokenByte(UInt8(truncatingIfNeeded: value)) {
                        output.bytes.append(UInt8(truncatingIfNeeded: value))
                    } else {
                        finishToken(startingAt: tokenStart, in: &output)
                        tokenStart = output.bytes.count
                    }
                }
            }
            finishToken(startingAt: tokenStart, in: &output)
        }
    }

    /// Closes the token whose bytes run from `start` to the end of `output.bytes`, if any,
    /// stemming it when asked.
    @inline(__always)
    private func finishToken(startingAt start: Int, in output: inout TokenBytes) {
        let length = output.bytes.count - start
        guard length > 0 else { return }
        if stemming && length > 3 {
            let stem = stemmer.stem(ascii: Array(output.bytes[start...]))
            output.bytes.removeSubrange(start...)
            // rouge-score keeps only tokens matching ^[a-z0-9]+$ after stemming.
            guard !stem.isEmpty && stem.allSatisfy(Self.isTokenByte) else { return }
            output.bytes.append(contentsOf: stem)
        }
        output.ends.append(output.bytes.count)
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// The scalar whose encoding starts at `index` of valid UTF-8 (a `String`'s bytes), and
    /// its length in bytes.
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0xFF >> UInt32(length + 1))
        for offset in 1..<min(length, bytes.count - index) {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

/// A tokenizer that writes its tokens as UTF-8 bytes into a reusable buffer, so they can be
/// interned without a `String` each, and whose tokens never span a line feed, so one pass
/// gives both the whole text's tokens and each line's.
protocol ByteTokenizer: RougeTokenizer {
    /// Replaces `output`'s contents with the tokens of `text` and its line breaks.
    func scan(_ text: String, into output: inout TokenBytes)
}

/// The tokens of a text as one run of UTF-8 bytes, with where each token ends and where each
/// line feed fell.
struct TokenBytes {
    /// Every token's bytes, one after another.
    var bytes: [UInt8] = []
    /// Token `k` ends at `ends[k]` (and starts where token `k - 1` ends, or at 0).
    var ends: [Int] = []
    /// For each line feed, the number of tokens before it.
    var lineBreaks: [Int] = []

    /// The bytes of token `k`.
    func range(of token: Int) -> Range<Int> {
        (token == 0 ? 0 : ends[token - 1])..<ends[token]
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        lineBreaks.removeAll(keepingCapacity: true)
    }
}
