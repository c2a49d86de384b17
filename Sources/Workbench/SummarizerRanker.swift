import Evaluation
import Summarization
import Terminology

/// Dragoman's summarizer seen as a `SentenceRanker`, so the evaluation protocols (EASC,
/// held-out summaries) can run it beside lead, random and oracle.
public struct SummarizerRanker: SentenceRanker {
    public var briefing: Briefing
    /// The article's title, when known (it feeds the title-overlap feature).
    public var title: String

    public init(summarizer: Summarizer = Summarizer(), matcher: TermMatcher = TermMatcher(concepts: []), title: String = "") {
        self.briefing = Briefing(matcher: matcher, summarizer: summarizer)
        self.title = title
    }

    /// Indexes of `sentences` (all read as body sentences), best first.
    public func ranking(of sentences: [String]) -> [Int] {
        let article = briefing.sourceArticle(StoredArticle(
            slug: "", date: nil, source: nil, title: title, translation: nil,
            sentences: sentences.enumerated().map {
                StoredSentence(slug: "", index: $0.offset, kind: .body, text: $0.element, start: 0, end: 0)
            }))
        return briefing.summarizer.ranking(of: article)
    }
}
