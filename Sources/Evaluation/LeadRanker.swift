/// The lead baseline: sentences in document order.
///
/// ```swift
/// LeadRanker().ranking(of: ["a.", "b.", "c."])   // [0, 1, 2]
/// ```
public struct LeadRanker: SentenceRanker {
    public init() {}

    /// Every index, first sentence first.
    public func ranking(of sentences: [String]) -> [Int] {
        Array(sentences.indices)
    }
}
