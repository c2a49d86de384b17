/// Orders a document's sentences for an extractive summary, best first.
///
/// Baselines (`LeadRanker`, `RandomRanker`, `OracleRanker`) and the project's own summarizer
/// share this shape, so one evaluation loop scores them all:
///
/// ```swift
/// let summary = LeadRanker().summary(of: sentences, budget: WordBudget(words: 75))
/// rouge.score(candidate: summary.joined(separator: "\n"), references: references)
/// ```
public protocol SentenceRanker: Sendable {
    /// Indexes into `sentences`, best first. A ranker may leave sentences out (the oracle stops
    /// when nothing helps); it never repeats one.
    func ranking(of sentences: [String]) -> [Int]
}

extension SentenceRanker {
    /// The sentences this ranker picks under `budget`, cut to exactly the budget's words when
    /// the document has enough, in document order.
    ///
    /// - Complexity: that of `ranking(of:)` plus O(n) in the length of the document.
    public func summary(of sentences: [String], budget: WordBudget) -> [String] {
        budget.summary(ranking: ranking(of: sentences), sentences: sentences)
    }
}
