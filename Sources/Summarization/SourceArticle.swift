/// An article to summarise or to brief: its identity, where it came from, and its sentences.
///
/// `sentences` are expected in document order with `index` equal to their position, as the
/// store keeps them. Scores are given by position in `sentences`; rankings, summaries and
/// briefs report each sentence's `index`.
public struct SourceArticle: Sendable, Hashable {
    /// The article's slug, unique in a corpus.
    public var id: String
    /// The outlet (`Reuters`, `الجزيرة`): a brief counts a story's distinct sources by it.
    public var source: String
    /// The publication date, `YYYY-MM-DD`.
    public var date: String
    public var title: String
    public var sentences: [ArticleSentence]

    public init(id: String, source: String = "", date: String = "", title: String = "", sentences: [ArticleSentence]) {
        self.id = id
        self.source = source
        self.date = date
        self.title = title
        self.sentences = sentences
    }
}
