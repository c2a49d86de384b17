/// The raw features of an article's body sentences, each scaled to 0...1 within the article.
struct SentenceFeatures: Sendable, Equatable {
    var centrality: [Double]
    var position: [Double]
    var title: [Double]
    var salience: [Double]
    var names: [Double]
    var numbers: [Double]
    var short: [Double]
    var long: [Double]
}

extension Summarizer {
    /// The features of the body sentences, in the order of `analysis.body`.
    ///
    /// - Complexity: O(k·s²) for LexRank over s body sentences, O(s·m) for the rest.
    func features(
        of article: SourceArticle, analysis: ArticleAnalysis, vectors: [SparseVector], title: SparseVector
    ) -> SentenceFeatures {
        let count = analysis.body.count
        let similarities = SparseVector.cosines(vectors)
        let lexRank = LexRank(
            damping: weights.damping, tolerance: weights.tolerance, maximumIterations: weights.maximumIterations)
        let shortWords = Double(max(1, weights.shortWords))
        let longWords = Double(max(1, weights.longWords))
        var features = SentenceFeatures(
            centrality: lexRank.scores(similarities: similarities, count: count),
            position: (0..<count).map { 1 / Double($0 + 1).squareRoot() },
            title: vectors.map { $0.cosine(title) },
            salience: analysis.body.map { Double(Set(article.sentences[$0].concepts).count) },
            names: analysis.body.map { Double(analysis.sentences[$0].names) },
            numbers: analysis.body.map { Double(analysis.sentences[$0].numbers) },
            short: analysis.body.map { max(0, shortWords - Double(analysis.sentences[$0].words)) / shortWords },
            long: analysis.body.map { min(1, max(0, Double(analysis.sentences[$0].words) - longWords) / longWords) })
        Self.scaleToUnit(&features.centrality)
        Self.scaleToUnit(&features.title)
        Self.scaleToUnit(&features.salience)
        Self.scaleToUnit(&features.names)
        Self.scaleToUnit(&features.numbers)
        return features
    }

    /// One score per sentence of `article`, −∞ for headings and metadata.
    func scores(
        of article: SourceArticle, analysis: ArticleAnalysis, vectors: [SparseVector], title: SparseVector
    ) -> [Double] {
        var scores = [Double](repeating: -.infinity, count: article.sentences.count)
        let f = features(of: article, analysis: analysis, vectors: vectors, title: title)
        let w = weights
        for (rank, position) in analysis.body.enumerated() {
            var score = w.centrality * f.centrality[rank] + w.position * f.position[rank]
            score += w.title * f.title[rank] + w.salience * f.salience[rank]
            score += w.names * f.names[rank] + w.numbers * f.numbers[rank]
            score -= w.shortPenalty * f.short[rank] + w.longPenalty * f.long[rank]
            scores[position] = score.isNaN ? 0 : score
        }
        return scores
    }

    /// Divides every value by the largest, so the largest becomes 1 (all zeros stay zeros).
    static func scaleToUnit(_ values: inout [Double]) {
        guard let largest = values.max(), largest > 0, largest.isFinite else { return }
        for index in values.indices { values[index] /= largest }
    }
}
