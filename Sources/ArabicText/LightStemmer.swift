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

    /// Article forms, longest first, each with the proclitics that may precede it.
    private static let prefixes: [[Unicode.Scalar]] = ["وال", "بال", "كال", "فال", "لل", "ال"]
        .map { Array($0.unicodeScalars) }
    /// Light10's suffixes (on matching keys, where ة is ه), in the order they are tried.
    private static let suffixes: [[Unicode.Scalar]] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"]
        .map { Array($0.unicodeScalars) }
    private static let waw: Unicode.Scalar = "\u{0648}"

    /// The stem of `key`, a word already in matching-key form (`Normalizer.matchingKey`).
    public func stem(of key: String) -> String {
        var scalars = Array(key.unicodeScalars)
        guard scalars.allSatisfy({ ScalarClass.isArabicLetter($0.value) }) else { return key }
        if scalars.count > 3, scalars[0] == Self.waw { scalars.removeFirst() }
        for prefix in Self.prefixes where scalars.count - prefix.count >= 2 && scalars.starts(with: prefix) {
            scalars.removeFirst(prefix.count)
            break
        }
        for suffix in Self.suffixes where scalars.count - suffix.count >= 2
            && scalars.suffix(suffix.count).elementsEqual(suffix)
        {
            scalars.removeLast(suffix.count)
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
