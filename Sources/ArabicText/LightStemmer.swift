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

    /// Article forms, longest first, each with the proclitics that may precede it (UTF-8).
    private static let prefixes: [[UInt8]] = ["وال", "بال", "كال", "فال", "لل", "ال"].map { Array($0.utf8) }
    /// Light10's suffixes (on matching keys, where ة is ه), in the order they are tried (UTF-8).
    private static let suffixes: [[UInt8]] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"].map { Array($0.utf8) }
    /// و in UTF-8.
    private static let waw: [UInt8] = Array("\u{0648}".utf8)

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
        func startsWith(_ affix: [UInt8]) -> Bool {
            upper - lower >= affix.count && affix.indices.allSatisfy { bytes[lower + $0] == affix[$0] }
        }
        func endsWith(_ affix: [UInt8]) -> Bool {
            upper - lower >= affix.count && affix.indices.allSatisfy { bytes[upper - affix.count + $0] == affix[$0] }
        }
        if letters > 3, startsWith(Self.waw) {
            lower += 2
            letters -= 1
        }
        for prefix in Self.prefixes where letters - prefix.count / 2 >= 2 && startsWith(prefix) {
            lower += prefix.count
            letters -= prefix.count / 2
            break
        }
        for suffix in Self.suffixes where letters - suffix.count / 2 >= 2 && endsWith(suffix) {
            upper -= suffix.count
            letters -= suffix.count / 2
        }
        return lower..<upper
    }
}
