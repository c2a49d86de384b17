/// A sentence of an article: the article's id and the sentence's `index`.
public struct SentenceReference: Sendable, Hashable {
    public var article: String
    public var sentence: Int

    public init(article: String, sentence: Int) {
        self.article = article
        self.sentence = sentence
    }
}
