import ArabicText

/// The extractive evaluation protocol used on EASC: the budget is the mean whitespace word
/// count of the article's references, rounded; the ranker's sentences are taken in its order
/// until the budget is spent, the last one cut so the summary has exactly the budget's words
/// (fewer only when the article has fewer); the summary is read in document order, one
/// sentence a line; ROUGE combines the references as the recipe says (by max by default).
///
/// ```swift
/// let easc = try EASCProtocol(recipe: RougeRecipe(language: .arabic, stemming: false))
/// let result = easc.evaluate(sentences: article.sentences, references: references, ranker: LeadRanker())
/// result.scores[.rouge1]?.f
/// ```
public struct EASCProtocol: Sendable {
    /// The scorer the summaries are measured with.
    public let scorer: RougeScorer
    /// How scores against several references become one.
    public let combination: ReferenceCombination

    /// The protocol with the recipe's tokenizer and reference combination.
    public init(recipe: RougeRecipe, metrics: [RougeMetric] = [.rouge1, .rouge2, .rougeL, .rougeLsum]) {
        self.init(scorer: RougeScorer(metrics: metrics, tokenizer: recipe.tokenizer), combination: recipe.combination)
    }

    public init(scorer: RougeScorer, combination: ReferenceCombination = .max) {
        self.scorer = scorer
        self.combination = combination
    }

    /// The mean whitespace word count of `references`, rounded half away from zero; 0 for none.
    ///
    /// ```swift
    /// EASCProtocol.budget(references: ["واحد اثنان", "واحد اثنان ثلاثة"])   // WordBudget(words: 3): 2.5 rounds up
    /// ```
    ///
    /// - Complexity: O(n) in the total length of the references.
    public static func budget(references: [String]) -> WordBudget {
        guard !references.isEmpty else { return WordBudget(words: 0) }
        let total = references.reduce(0) { $0 + WhitespaceWords.count(in: $1) }
        return WordBudget(words: Int((Double(total) / Double(references.count)).rounded()))
    }

    /// The greedy oracle for an article, scored with this protocol's tokenizer and combination
    /// and bounded by its budget.
    public func oracle(references: [String]) -> OracleRanker {
        OracleRanker(
            references: references, budget: Self.budget(references: references), tokenizer: scorer.tokenizer,
            combination: combination)
    }

    /// The summary `ranker` makes of `sentences` under the references' budget, and its scores.
    ///
    /// - Complexity: that of the ranker plus that of `RougeScorer.score(candidate:references:combination:)`.
    public func evaluate(sentences: [String], references: [String], ranker: any SentenceRanker) -> EASCResult {
        let budget = Self.budget(references: references)
        let summary = ranker.summary(of: sentences, budget: budget)
        let text = summary.joined(separator: "\n")
        let scores = scorer.score(candidate: text, references: references, combination: combination)
        return EASCResult(budget: budget, summary: summary, scores: scores)
    }
}
