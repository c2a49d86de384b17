import ArabicText

/// One sentence of an article as the summarizer sees it: its text, what kind of segment it is,
/// and the glossary concepts the term matcher found in it.
public struct ArticleSentence: Sendable, Hashable {
    /// Position in the article, from 0 (as `SentenceSegmenter` numbers sentences).
    public var index: Int
    public var text: String
    /// Only `.body` sentences are ever scored, ranked or chosen.
    public var kind: Sentence.Kind
    /// Ids of the glossary concepts found in the sentence; may be empty.
    public var concepts: [Int]

    public init(index: Int, text: String, kind: Sentence.Kind = .body, concepts: [Int] = []) {
        self.index = index
        self.text = text
        self.kind = kind
        self.concepts = concepts
    }
}
