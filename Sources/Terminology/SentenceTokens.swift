import ArabicText

/// The tokens of one sentence (or glossary form) that take part in matching, as offsets into
/// its normalised bytes: no `String` per token. A hyphen glued between two words is dropped,
/// so `المنطقة-الخضراء` reads as `المنطقة الخضراء`.
///
/// ```swift
/// var tokens = SentenceTokens()
/// tokens.read("داخل المنطقةِ-الخضراء", tokenizer: Tokenizer())
/// tokens.count          // 3
/// tokens[1].range       // 5..<13, scalars of the original (the kasra included)
/// ```
///
/// - Complexity: O(n) in the length of the text; the buffers are reused from text to text.
struct SentenceTokens {
    struct Item {
        var kind: Token.Kind
        /// The token's matching key, as a byte range of the normalised text.
        var key: Range<Int>
        /// Unicode scalar offsets in the original text, half-open.
        var range: Range<Int>

        var isWord: Bool { kind == .arabic || kind == .latin || kind == .code }
    }

    /// The normalised text's UTF-8 bytes, which the tokens' keys index.
    private(set) var keys: [UInt8] = []
    /// Its offset map (see `NormalizedText.origins`).
    private var origins: [Int32] = []
    private var scanned: [Item] = []
    private var items: [Item] = []

    /// Normalises and tokenises `text`, replacing the tokens read before.
    mutating func read(_ text: String, tokenizer: Tokenizer) {
        tokenizer.normalizer.normalize(text, into: &keys, origins: &origins)
        scanned.removeAll(keepingCapacity: true)
        items.removeAll(keepingCapacity: true)
        let origins = origins
        keys.withUnsafeBufferPointer { bytes in
            tokenizer.scan(utf8: bytes) { kind, key, scalars in
                let range = NormalizedText.originalRange(of: scalars, in: origins)
                scanned.append(Item(kind: kind, key: key, range: range))
            }
            for (index, item) in scanned.enumerated() {
                if item.kind == .punctuation, Self.isHyphen(UnsafeBufferPointer(rebasing: bytes[item.key])), index > 0,
                    index + 1 < scanned.count, scanned[index - 1].isWord, scanned[index + 1].isWord,
                    scanned[index - 1].range.upperBound == item.range.lowerBound,
                    item.range.upperBound == scanned[index + 1].range.lowerBound
                {
                    continue
                }
                items.append(item)
            }
        }
    }

    var count: Int { items.count }
    var isEmpty: Bool { items.isEmpty }
    var indices: Range<Int> { items.indices }

    subscript(position: Int) -> Item { items[position] }

    /// `-`, U+2010 or U+2011.
    private static func isHyphen(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        if key.count == 1 { return key[0] == 0x2D }
        return key.count == 3 && key[0] == 0xE2 && key[1] == 0x80 && (key[2] == 0x90 || key[2] == 0x91)
    }
}
