/// A sentence (or heading, or metadata line) of a document, with its place in the document.
public struct Sentence: Sendable, Hashable {
    /// What a segment of a news article is.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// Running text.
        case body
        /// A short line with no final stop: a headline or cross-head.
        case heading
        /// A line that is not prose: a Latin slug line, a line of tags, a URL.
        case metadata
    }

    /// Position in the document, from 0.
    public let index: Int
    /// Exactly the document's scalars from `range.lowerBound` to `range.upperBound`.
    public let text: String
    public let kind: Kind
    /// Unicode scalar offsets into the document, half-open.
    public let range: Range<Int>

    public init(index: Int, text: String, kind: Kind, range: Range<Int>) {
        self.index = index
        self.text = text
        self.kind = kind
        self.range = range
    }
}
