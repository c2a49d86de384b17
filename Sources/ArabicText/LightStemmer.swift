/// A light stemmer for retrieval and scoring: it strips the frequent proclitics, the article and
/// the commonest suffixes from a matching key, as Larkey's Light10 does, so that `والحكومة`,
/// `للحكومة` and `حكومته` count as one word.
///
/// ```swift
/// LightStemmer().stem(of: "والحكومات")   // "حكوم"
/// LightStemmer().stem(of: "بغداد")       // "بغداد"
/// ```
///
/// Unlike `CliticAnalyzer`, which lists every reading of a word so the term matcher can try
/// them, this gives one stem and may over-strip a name (`بريطانيا` keeps its `ب`, but `يان` is cut
/// from names ending in it). Use it for bag-of-words similarity (summaries, ROUGE), never to
/// decide whether a term is present.
///
/// - Complexity: O(n) in the length of the word.
public struct LightStemmer: Sendable {
    public init() {}

    /// An affix: its UTF-8 bytes read as one little-endian number, and how many there are, so
    /// that matching it is one comparison (arrays of byte arrays cost a retain and a release
    /// per affix tried, which was most of the stemmer's time).
    private struct Affix {
        var bytes: UInt64
        var count: Int

        init(_ text: String) {
            let utf8 = Array(text.utf8)
            bytes = utf8.withUnsafeBufferPointer { LightStemmer.number($0, at: 0, count: utf8.count) }
            count = utf8.count
        }
    }

    /// Article forms, longest first, each with the proclitics that may precede it.
    private static let prefixes = ["وال", "بال", "كال", "فال", "لل", "ال"].map(Affix.init)
    /// Light10's suffixes (on matching keys, where ة is ه), in the order they are tried.
    private static let suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"].map(Affix.init)
    /// و.
    private static let waw = Affix("\u{0648}")

    private static let longestPrefix = prefixes.map(\.count).max() ?? 0
    private static let longestSuffix = suffixes.map(\.count).max() ?? 0

    /// A mask of the lowest `count` bytes (at most 7).
    @inline(__always)
    private static func lowBytes(_ count: Int) -> UInt64 { (1 << (8 * UInt64(count))) - 1 }

    /// `count` bytes (at most 8) from `start`, the first in the lowest byte.
    @inline(__always)
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, count: Int) -> UInt64 {
        var value: UInt64 = 0
        for offset in 0..<count { value |= UInt64(bytes[start + offset]) << (8 * UInt64(offset)) }
        return value
    }

    /// The stem of `key`, a word already in matching-key form (`Normalizer.matchingKey`).
    public func stem(of key: String) -> String {
        var key = key
        return key.withUTF8 { bytes in
            let range = stemRange(ofKey: bytes)
            if range.count == bytes.count { return String(decoding: bytes, as: UTF8.self) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
    }

    /// The stem of a key's UTF-8 bytes, as the range of those bytes it keeps (a stem is the
    /// key without a prefix and suffixes): hot paths intern it without making a `String`.
    ///
    /// Every affix is made of two-byte letters, and the word of Arabic letters only, so a
    /// match of an affix's bytes is a match of its letters.
    public func stemRange(ofKey bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var letters = 0
        var index = 0
        while index < bytes.count {
            let (value, length) = decodeScalar(bytes, at: index)
            guard ScalarClass.isArabicLetter(value) else { return 0..<bytes.count }
            letters += 1
            index += length
        }
        var lower = 0
        var upper = bytes.count
        if letters > 3, upper >= Self.waw.count, Self.number(bytes, at: 0, count: Self.waw.count) == Self.waw.bytes {
            lower += Self.waw.count
            letters -= 1
        }
        // The word's first bytes (as many as the longest prefix) and last bytes (as many as the
        // longest suffix) are read once each; an affix is then one masked comparison.
        let headCount = min(Self.longestPrefix, upper - lower)
        let head = Self.number(bytes, at: lower, count: headCount)
        for prefix in Self.prefixes where letters - prefix.count / 2 >= 2 && headCount >= prefix.count {
            guard head & Self.lowBytes(prefix.count) == prefix.bytes else { continue }
            lower += prefix.count
            letters -= prefix.count / 2
            break
        }
        var tailCount = min(Self.longestSuffix, upper - lower)
        var tail = Self.number(bytes, at: upper - tailCount, count: tailCount)
        for suffix in Self.suffixes where letters - suffix.count / 2 >= 2 && tailCount >= suffix.count {
            guard tail >> (8 * UInt64(tailCount - suffix.count)) == suffix.bytes else { continue }
            upper -= suffix.count
            letters -= suffix.count / 2
            tailCount = min(Self.longestSuffix, upper - lower)
            tail = Self.number(bytes, at: upper - tailCount, count: tailCount)
        }
        return lower..<upper
    }
}
