/// Scores, ranks and picks the sentences of one Arabic news article for an extractive summary.
///
/// ```swift
/// let summarizer = Summarizer()
/// summarizer.summary(of: article, budget: .sentences(2)).map(\.index)   // [0, 3]
/// ```
///
/// Sentences are TF-IDF vectors over `LightStemmer` stems (stop words out; Latin words, codes
/// and numbers as their own terms). A body sentence's score mixes LexRank centrality, the lead
/// prior, overlap with the title, glossary concepts, names and numbers, less penalties for
/// very short and very long sentences (see `SummarizerWeights`). Headings and metadata lines
/// are never chosen.
///
/// Without corpus `frequencies`, idf comes from the article's own body sentences, each
/// counted as a document.
public struct Summarizer: Sendable {
    public var weights: SummarizerWeights
    public var frequencies: DocumentFrequencies?

    public init(weights: SummarizerWeights = .tuned, frequencies: DocumentFrequencies? = nil) {
        self.weights = weights
        self.frequencies = frequencies
    }

    /// One score per sentence of `article` (by position); headings and metadata get −∞.
    ///
    /// - Complexity: O(n) in the length of the article plus O(k·s²) for LexRank over its s
    ///   body sentences.
    public func scores(of article: SourceArticle) -> [Double] {
        analysedScores(of: article).scores
    }

    /// The scores of `scores(of:)` with the analysis they were made from.
    private func analysedScores(of article: SourceArticle) -> (scores: [Double], analysis: ArticleAnalysis) {
        var table = TermTable(for: article)
        let analysis = ArticleAnalysis(article, table: &table)
        let idf = frequencies?.idfTable(for: table) ?? analysis.sentenceIDF(termCount: table.count)
        let scores = scores(of: article, analysis: analysis, vectors: analysis.bodyVectors(idf: idf),
                            title: analysis.titleVector(idf: idf))
        return (scores, analysis)
    }

    /// The body sentences' `index`es, best first; equal scores keep document order.
    ///
    /// - Complexity: that of `scores(of:)`, plus O(s log s).
    public func ranking(of article: SourceArticle) -> [Int] {
        Self.ranking(scores: scores(of: article), article: article).map { article.sentences[$0].index }
    }

    /// The best body sentences under `budget`, in document order.
    ///
    /// For `.words`, whole sentences are taken in rank order while they fit, and at least one.
    ///
    /// - Complexity: that of `ranking(of:)`.
    public func summary(of article: SourceArticle, budget: SummaryBudget) -> [ScoredSentence] {
        let (scores, analysis) = analysedScores(of: article)
        let order = Self.ranking(scores: scores, article: article)
        var meter = BudgetMeter(budget, bodyCount: order.count)
        var chosen: [Int] = []
        for position in order where meter.isOpen {
            // The analysis counted each sentence's whitespace words already.
            if meter.take(words: analysis.sentences[position].words) {
                chosen.append(position)
            }
        }
        return chosen.sorted().map {
            ScoredSentence(index: article.sentences[$0].index, text: article.sentences[$0].text, score: scores[$0])
        }
    }

    /// Positions of the body sentences, best first, ties in document order.
    static func ranking(scores: [Double], article: SourceArticle) -> [Int] {
        article.sentences.indices
            .filter { article.sentences[$0].kind == .body }
            .sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
    }
}
