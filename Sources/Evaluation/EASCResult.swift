/// One article's summary under `EASCProtocol` and its ROUGE scores.
public struct EASCResult: Hashable, Sendable {
    /// The article's word budget.
    public let budget: WordBudget
    /// The chosen sentences in document order, the last one taken possibly cut.
    public let summary: [String]
    /// The score of the summary per metric, the references combined.
    public let scores: [RougeMetric: RougeScore]

    public init(budget: WordBudget, summary: [String], scores: [RougeMetric: RougeScore]) {
        self.budget = budget
        self.summary = summary
        self.scores = scores
    }

    /// The summary as a system file holds it: one sentence a line.
    public var text: String {
        summary.joined(separator: "\n")
    }
}
