import ArabicText

/// ROUGE tokens for Arabic through the project's one normaliser: each word's matching key
/// (`Normalizer.matchingKey`), cut by ArabicText's `Tokenizer`; Arabic words, Latin words,
/// codes and numbers are kept, punctuation is dropped.
///
/// ```swift
/// ArabicRougeTokenizer(stemming: false).tokens("أعلنَت الحكومةُ، اليوم")
/// // ["اعلنت", "الحكومه", "اليوم"]
/// ArabicRougeTokenizer(stemming: true).tokens("والحكومات")
/// // ["حكوم"]
/// ```
///
/// Diacritics, tatweel, alef forms (`أ إ آ ٱ`), alef maqsura and taa marbuta are folded before
/// tokens are compared, so `الأمريكيّة` and `الامريكيه` are one token. With `removingStopWords`,
/// a token whose matching key is in `StopWords.arabic` is dropped before stemming; with
/// `stemming`, every remaining token becomes its `LightStemmer` stem.
///
/// - Complexity: O(n) in the length of the text.
public struct ArabicRougeTokenizer: RougeTokenizer {
    /// Whether each token is reduced to its light stem (`LightStemmer().stem(of:)`).
    public let stemming: Bool
    /// Whether tokens whose matching key is an Arabic stop word are dropped.
    public let removingStopWords: Bool
    private let stemmer = LightStemmer()
    private let tokenizer = Tokenizer(normalizer: .matchingKey)

    public init(stemming: Bool, removingStopWords: Bool = false) {
        self.stemming = stemming
        self.removingStopWords = removingStopWords
    }

    /// The tokens of `text`, in order.
    ///
    /// - Complexity: O(n) in the length of the text.
    public func tokens(_ text: String) -> [String] {
        let key = Normalizer.matchingKey.key(text)
        var tokens: [String] = []
        tokenizer.scan(key) { kind, bytes, _ in
            guard kind != .punctuation else { return }
            let token = String(decoding: bytes, as: UTF8.self)
            if removingStopWords && StopWords.arabic.contains(token) { return }
            tokens.append(stemming ? stemmer.stem(of: token) : token)
        }
        return tokens
    }
}
