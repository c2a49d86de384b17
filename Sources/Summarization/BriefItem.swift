/// One fact of a story in a brief: the sentence chosen to tell it, and every article sentence
/// that carries it.
public struct BriefItem: Sendable, Hashable {
    /// The id of the article the sentence was taken from.
    public var article: String
    /// The chosen sentence's `index` in that article.
    public var sentence: Int
    public var text: String
    /// The sentence's relevance in its story, 0...1: its summarizer score scaled within its
    /// article, mixed with its closeness to the story (`BriefOptions.storyCentrality`).
    public var score: Double
    /// Every sentence found to say the same thing, the chosen one first, then the others by
    /// article id and sentence index.
    public var sources: [SentenceReference]

    public init(article: String, sentence: Int, text: String, score: Double, sources: [SentenceReference]) {
        self.article = article
        self.sentence = sentence
        self.text = text
        self.score = score
        self.sources = sources
    }
}
