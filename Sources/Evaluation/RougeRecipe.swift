/// Everything that decides how a ROUGE figure was computed, so a report can say it in one line
/// and in JSON: language, stemming, stop words, how references combine, and the tokenizer.
///
/// ```swift
/// let recipe = try RougeRecipe(language: .arabic, stemming: true)
/// recipe.description
/// // "ar: matching-key normalisation (diacritics, tatweel, alef/yeh/teh marbuta folded,
/// //  digits to ASCII), word tokens, light stemming, stop words kept; references combined by max"
/// RougeScorer(tokenizer: recipe.tokenizer)
/// ```
public struct RougeRecipe: Hashable, Sendable, CustomStringConvertible {
    /// The language whose tokenizer is used.
    public enum Language: String, Hashable, Sendable, CaseIterable, Codable {
        /// `ArabicRougeTokenizer`: matching keys, word tokens, light stemming, Arabic stop words.
        case arabic = "ar"
        /// `EnglishRougeTokenizer`: rouge-score's default, with Porter stemming.
        case english = "en"
    }

    /// The language whose tokenizer is used.
    public let language: Language
    /// Whether tokens are stemmed (light stemming for Arabic, Porter for English).
    public let stemming: Bool
    /// Whether stop words are dropped (Arabic only).
    public let removingStopWords: Bool
    /// How scores against several references become one.
    public let combination: ReferenceCombination

    /// A recipe.
    ///
    /// - Throws: `RougeError.noStopWordList` when stop words are to be removed from a language
    ///   without a list (English: rouge-score has none, and inventing one would break parity).
    public init(
        language: Language, stemming: Bool, removingStopWords: Bool = false,
        combination: ReferenceCombination = .max
    ) throws(RougeError) {
        if removingStopWords && language != .arabic { throw .noStopWordList(language: language.rawValue) }
        self.language = language
        self.stemming = stemming
        self.removingStopWords = removingStopWords
        self.combination = combination
    }

    /// The tokenizer this recipe describes.
    public var tokenizer: any RougeTokenizer {
        switch language {
        case .arabic: ArabicRougeTokenizer(stemming: stemming, removingStopWords: removingStopWords)
        case .english: EnglishRougeTokenizer(stemming: stemming)
        }
    }

    /// How the tokenizer cuts and folds text, without the options.
    public var tokenizerDescription: String {
        switch language {
        case .arabic:
            "matching-key normalisation (diacritics, tatweel, alef/yeh/teh marbuta folded, digits to ASCII), "
                + "word tokens"
        case .english:
            "rouge-score default (lowercase, runs of a-z0-9)"
        }
    }

    /// One line for a report's footer.
    public var description: String {
        let stemmer = switch language {
        case .arabic: "light stemming"
        case .english: "Porter stemming"
        }
        return "\(language.rawValue): \(tokenizerDescription), \(stemming ? stemmer : "no stemming"), "
            + "stop words \(removingStopWords ? "removed" : "kept"); references combined by \(combination.rawValue)"
    }
}

extension RougeRecipe: Codable {
    private enum CodingKeys: String, CodingKey {
        case language, stemming, stopWords, references, tokenizer, description
    }

    /// `{"language": "ar", "stemming": false, "stopWords": "kept", "references": "max",
    /// "tokenizer": "…", "description": "…"}`; the last two are written for readers and
    /// ignored when reading.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(language, forKey: .language)
        try container.encode(stemming, forKey: .stemming)
        try container.encode(removingStopWords ? "removed" : "kept", forKey: .stopWords)
        try container.encode(combination.rawValue, forKey: .references)
        try container.encode(tokenizerDescription, forKey: .tokenizer)
        try container.encode(description, forKey: .description)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let language = try container.decode(Language.self, forKey: .language)
        let stemming = try container.decode(Bool.self, forKey: .stemming)
        let stopWords = try container.decodeIfPresent(String.self, forKey: .stopWords) ?? "kept"
        guard stopWords == "kept" || stopWords == "removed" else {
            throw DecodingError.dataCorruptedError(
                forKey: .stopWords, in: container, debugDescription: "expected 'kept' or 'removed', got '\(stopWords)'")
        }
        let references = try container.decodeIfPresent(String.self, forKey: .references) ?? "max"
        guard let combination = ReferenceCombination(rawValue: references) else {
            throw DecodingError.dataCorruptedError(
                forKey: .references, in: container, debugDescription: "expected 'max' or 'mean', got '\(references)'")
        }
        do {
            try self.init(
                language: language, stemming: stemming, removingStopWords: stopWords == "removed",
                combination: combination)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .stopWords, in: container, debugDescription: error.description)
        }
    }
}
