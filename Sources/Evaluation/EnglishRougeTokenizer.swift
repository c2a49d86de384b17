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
public struct EnglishRougeTokenizer: RougeTokenizer {
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
        var sink = StringSink()
        scan(text, into: &sink)
        return sink.tokens
    }

    /// Walks the UTF-8 bytes of `text` and hands each token's bytes to `sink`: a run of
    /// lowercase letters and digits straight from the text, anything that had to be lowercased
    /// (ASCII capitals, other scalars through their full lowercase mapping) from a scratch
    /// copy. A line feed separates tokens and is passed on as a line break.
    ///
    /// - Complexity: O(n) in the length of the text, plus the stemmer's work per long token.
    func scan<Sink: TokenSink>(_ text: String, into sink: inout Sink) {
        var text = text
        text.withUTF8 { bytes in
            var scratch: [UInt8] = []
            scratch.reserveCapacity(64)
            // The current token: bytes[start..<index] as it stands, or `scratch` once a byte
            // had to change; start < 0 when there is none.
            var start = -1
            var copied = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if Self.isTokenByte(byte) {
                        let runStart = index
                        index += 1
                        while index < bytes.count && Self.isTokenByte(bytes[index]) { index += 1 }
                        if start < 0 {
                            start = runStart
                        } else if copied {
                            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                        }
                        continue
                    }
                    if byte >= 0x41 && byte <= 0x5A {
                        Self.append(byte | 0x20, at: index, to: &start, &copied, &scratch, in: bytes)
                    } else {
                        finishToken(start: &start, copied: &copied, end: index, scratch: &scratch, in: bytes, to: &sink)
                        if byte == 0x0A { sink.lineBreak() }
                    }
                    index += 1
                    continue
                }
                let (scalar, length) = Self.decodeScalar(bytes, at: index)
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                    let value = lowered.value
                    if value < 0x80, Self.isTokenByte(UInt8(truncatingIfNeeded: value)) {
                        Self.append(UInt8(truncatingIfNeeded: value), at: index, to: &start, &copied, &scratch, in: bytes)
                    } else {
                        finishToken(start: &start, copied: &copied, end: index, scratch: &scratch, in: bytes, to: &sink)
                    }
                }
                index += length
            }
            finishToken(start: &start, copied: &copied, end: index, scratch: &scratch, in: bytes, to: &sink)
        }
    }

    /// Adds a changed byte (lowercased) to the current token, which from now on lives in
    /// `scratch`; `position` is where the byte's source starts in `bytes`.
    @inline(__always)
    private static func append(
        _ byte: UInt8, at position: Int, to start: inout Int, _ copied: inout Bool, _ scratch: inout [UInt8],
        in bytes: UnsafeBufferPointer<UInt8>
    ) {
        if !copied {
            scratch.removeAll(keepingCapacity: true)
            if start >= 0 { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position])) }
            copied = true
        }
        if start < 0 { start = position }
        scratch.append(byte)
    }

    /// Hands the current token, if any, to `sink` (stemmed when asked) and starts afresh.
    @inline(__always)
    private func finishToken<Sink: TokenSink>(
        start: inout Int, copied: inout Bool, end: Int, scratch: inout [UInt8], in bytes: UnsafeBufferPointer<UInt8>,
        to sink: inout Sink
    ) {
        guard start >= 0 else { return }
        defer {
            start = -1
            copied = false
        }
        let token = copied ? nil : UnsafeBufferPointer(rebasing: bytes[start..<end])
        let length = token?.count ?? scratch.count
        guard length > 0 else { return }
        if stemming && length > 3 {
            // rouge-score keeps only tokens matching ^[a-z0-9]+$ after stemming.
            let stem = stemmer.stem(ascii: token.map(Array.init) ?? scratch)
            if !stem.isEmpty && stem.allSatisfy(Self.isTokenByte) { stem.withUnsafeBufferPointer { sink.token($0) } }
        } else if let token {
            sink.token(token)
        } else {
            scratch.withUnsafeBufferPointer { sink.token($0) }
        }
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

/// Receives the tokens `EnglishRougeTokenizer.scan(_:into:)` finds, as UTF-8 bytes valid only
/// during the call, and the line breaks between them.
protocol TokenSink {
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>)
    mutating func lineBreak()
}

/// Collects tokens as strings.
private struct StringSink: TokenSink {
    var tokens: [String] = []
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>) { tokens.append(String(decoding: bytes, as: UTF8.self)) }
    mutating func lineBreak() {}
}
