/// How long a summary (or each story of a brief) may be. A count of sentences or words of 0
/// or less gives an empty summary.
public enum SummaryBudget: Sendable, Hashable {
    /// At most this many sentences.
    case sentences(Int)
    /// Whole sentences, taken in rank order while their whitespace-separated words fit; the
    /// first one is always taken, even when it alone is longer.
    case words(Int)
    /// This fraction of the body sentences, rounded to the nearest whole number (halves up),
    /// at least 1.
    case share(Double)
}
