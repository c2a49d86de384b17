/// One difference between a query and a translation-memory segment, token by token, with
/// where it stands in each.
///
/// ```swift
/// // query "وصل الوفد بالعراق", memory "وصل الوفد في العراق":
/// TokenDifference(kind: .clitic, query: 10..<17, memory: 10..<19, cost: 0.25)
/// ```
public struct TokenDifference: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Query tokens with nothing in the memory segment.
        case inserted
        /// Memory tokens with nothing in the query.
        case deleted
        /// Query tokens standing where different memory tokens stood.
        case replaced
        /// The same word with other clitics, or a clitic written as a word
        /// (`بالعراق` / `العراق` / `في العراق`).
        case clitic
        /// The same matching key written differently (diacritics, alef forms, tatweel, case):
        /// costs nothing, but the text is not identical.
        case spelling
    }

    public var kind: Kind
    /// Unicode scalar offsets of the tokens in the query, half-open; nil for a deletion.
    public var query: Range<Int>?
    /// Unicode scalar offsets of the tokens in the memory segment, half-open; nil for an
    /// insertion.
    public var memory: Range<Int>?
    /// What the difference takes off the match, in tokens (see `MemoryMatcher`).
    public var cost: Double

    public init(kind: Kind, query: Range<Int>?, memory: Range<Int>?, cost: Double) {
        self.kind = kind
        self.query = query
        self.memory = memory
        self.cost = cost
    }
}
