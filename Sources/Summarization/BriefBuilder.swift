/// Builds a daily brief: groups the day's articles into stories, and tells each story in a
/// few sentences chosen across its sources, each fact once, citing every source that carries it.
///
/// ```swift
/// let brief = BriefBuilder().brief(of: articles, budget: .sentences(3))
/// brief.stories[0].items[0].sources   // the article sentences that report the story's lead fact
/// ```
///
/// 1. Stories: articles become TF-IDF vectors over all their body sentences and are clustered
///    by average-link cosine (`StoryClustering`), comparing only articles that share heavy terms.
/// 2. Items: each story's candidates are the body sentences of its articles; a candidate's
///    relevance mixes its summarizer score (scaled to 0...1 per article) with its closeness to
///    the story (`BriefOptions.storyCentrality`). MMR picks them under `budget` and folds
///    repeated facts, spun copies and rewrites included, into one item (`StorySelection`).
/// 3. Order: stories by `Story.weight` (distinct sources first), ties by their first article id;
///    items in selection order, most important first (an inverted pyramid).
///
/// Idf comes from the summarizer's frequencies, or, when it has none, from the brief's own
/// articles (each article a document). The result depends only on the articles, not on their
/// order: they are sorted by id first.
public struct BriefBuilder: Sendable {
    public var summarizer: Summarizer
    public var options: BriefOptions

    public init(summarizer: Summarizer = Summarizer(), options: BriefOptions = BriefOptions()) {
        self.summarizer = summarizer
        self.options = options
    }

    /// The brief of `articles`; `budget` applies to each story (`.share` is a fraction of the
    /// body sentences of the story's longest article).
    ///
    /// - Complexity: O(n) in the length of the articles, plus LexRank per article, plus the
    ///   clustering (see `StoryClustering`), plus O(k·c·m) per story of c candidate sentences.
    public func brief(of articles: [SourceArticle], budget: SummaryBudget) -> Brief {
        let sorted = articles.enumerated()
            .sorted { $0.element.id < $1.element.id || ($0.element.id == $1.element.id && $0.offset < $1.offset) }
            .map(\.element)
        var table = TermTable()
        let analyses = sorted.map { ArticleAnalysis($0, table: &table) }
        let idf = summarizer.frequencies?.idfTable(for: table) ?? Self.articleIDF(analyses, termCount: table.count)

        var prepared: [PreparedArticle] = []
        prepared.reserveCapacity(sorted.count)
        for (number, article) in sorted.enumerated() {
            let analysis = analyses[number]
            let vectors = analysis.bodyVectors(idf: idf)
            let scores = summarizer.scores(
                of: article, analysis: analysis, vectors: vectors, title: analysis.titleVector(idf: idf))
            let scaled = Self.scaledToUnit(analysis.body.map { scores[$0] })
            prepared.append(PreparedArticle(
                article: article,
                candidates: analysis.body.indices.map { rank in
                    let position = analysis.body[rank]
                    return Candidate(article: number, position: position, score: scaled[rank],
                                     words: analysis.sentences[position].words, vector: vectors[rank],
                                     terms: analysis.sentences[position].terms)
                },
                vector: SparseVector(
                    terms: analysis.body.flatMap { analysis.sentences[$0].terms }, idf: idf, sublinear: true)))
        }

        let clustering = StoryClustering(
            similarity: options.storySimilarity, signatureTerms: options.signatureTerms,
            maximumPostings: options.maximumPostings, minimumSharedTerms: options.minimumSharedTerms)
        let clusters = clustering.clusters(of: prepared.map(\.vector), termCount: table.count)
        var scratch = [Double](repeating: 0, count: table.count)
        let stories = clusters.map { story(of: $0, articles: prepared, budget: budget, idf: idf, scratch: &scratch) }
        // Clusters come ordered by their first article, so ties in weight keep that order.
        var ordered = stories.enumerated()
            .sorted { $0.element.weight > $1.element.weight || ($0.element.weight == $1.element.weight && $0.offset < $1.offset) }
            .prefix(max(0, options.maxStories))
            .map(\.element)
        for index in ordered.indices { ordered[index].id = index }
        return Brief(stories: ordered)
    }

    /// Idf over the brief's articles, each article (title and all sentences) a document, as
    /// `DocumentFrequencies(articles:)` counts it.
    static func articleIDF(_ analyses: [ArticleAnalysis], termCount: Int) -> [Double] {
        var frequency = [Int](repeating: 0, count: termCount)
        var seen = [Int](repeating: -1, count: termCount)
        for (number, analysis) in analyses.enumerated() {
            for terms in analysis.sentences + [analysis.title] {
                for id in terms.terms where seen[Int(id)] != number {
                    seen[Int(id)] = number
                    frequency[Int(id)] += 1
                }
            }
        }
        return frequency.map { DocumentFrequencies.idf(documentFrequency: $0, documentCount: analyses.count) }
    }

    /// Scores scaled to 0...1 by the lowest and highest (all 1 when they are equal).
    static func scaledToUnit(_ scores: [Double]) -> [Double] {
        guard let low = scores.min(), let high = scores.max(), high > low else {
            return scores.map { _ in 1 }
        }
        return scores.map { ($0 - low) / (high - low) }
    }
}

/// An article with its scored body sentences and its TF-IDF vector, ready for a brief.
struct PreparedArticle: Sendable {
    var article: SourceArticle
    var candidates: [Candidate]
    var vector: SparseVector
}
