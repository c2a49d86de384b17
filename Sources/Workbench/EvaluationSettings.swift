import Evaluation

/// How `dragoman eval` scores: the ROUGE recipe's parts as the options give them, and the
/// random baseline's seed.
///
/// ```swift
/// let settings = EvaluationSettings(language: .arabic, stemming: true)
/// try settings.recipe(for: ["نص الملخص"]).description   // "ar: …, light stemming, …"
/// ```
public struct EvaluationSettings: Sendable {
    /// The language whose tokenizer is used; nil to detect it from the texts.
    public var language: RougeRecipe.Language?
    /// Whether tokens are stemmed (`--stem`).
    public var stemming: Bool
    /// Whether stop words are dropped (`--stopwords`, Arabic only).
    public var removingStopWords: Bool
    /// How scores against several references become one (`--references`).
    public var combination: ReferenceCombination
    /// The seed of the random baseline (`--seed`).
    public var seed: UInt64
    /// Whether the bootstrap intervals are drawn (a report that shows no corpus summary, JSON
    /// Lines, skips them: they were an eighth of a large run). Without them, each metric's
    /// `low` and `high` equal its mean.
    public var intervals: Bool

    public init(
        language: RougeRecipe.Language? = nil, stemming: Bool = false, removingStopWords: Bool = false,
        combination: ReferenceCombination = .max, seed: UInt64 = 1, intervals: Bool = true
    ) {
        self.language = language
        self.stemming = stemming
        self.removingStopWords = removingStopWords
        self.combination = combination
        self.seed = seed
        self.intervals = intervals
    }

    /// The recipe for `texts`: the language given, else the one detected in them.
    ///
    /// - Throws: `RougeError.noStopWordList` when stop words are to be dropped from English.
    /// - Complexity: O(n) in the length of the texts when the language is detected.
    public func recipe(for texts: @autoclosure () -> [String]) throws(RougeError) -> RougeRecipe {
        try RougeRecipe(
            language: language ?? RougeRecipe.detectLanguage(of: texts()), stemming: stemming,
            removingStopWords: removingStopWords, combination: combination)
    }
}
