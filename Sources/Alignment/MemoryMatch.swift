/// How well a translation-memory segment matches a query, as a CAT tool shows it: a
/// percentage, and the tokens that differ.
public struct MemoryMatch: Hashable, Sendable {
    /// 100 for identical text only; 99 when only the spelling differs (diacritics, alef forms,
    /// spacing); below that, the share of the segment's tokens that match (see `MemoryMatcher`).
    public var percent: Int
    /// The differences in query order; empty for identical text.
    public var differences: [TokenDifference]

    public init(percent: Int, differences: [TokenDifference]) {
        self.percent = percent
        self.differences = differences
    }
}
