/// An article's sentences and title as interned terms, with where its body sentences are.
struct ArticleAnalysis: Sendable {
    /// The terms of every sentence, by position in `SourceArticle.sentences`.
    var sentences: [SentenceTerms]
    var title: SentenceTerms
    /// Positions of the body sentences, in document order.
    var body: [Int]

    /// - Complexity: O(n) in the length of the article.
    init(_ article: SourceArticle, table: inout TermTable) {
        sentences = article.sentences.map { table.analyse($0.text) }
        title = table.analyse(article.title)
        body = article.sentences.indices.filter { article.sentences[$0].kind == .body }
    }

    /// Idf over the article's own body sentences (each sentence a document), by term id, for
    /// a summary made without corpus frequencies.
    func sentenceIDF(termCount: Int) -> [Double] {
        var frequency = [Int](repeating: 0, count: termCount)
        var seen = [Int](repeating: -1, count: termCount)
        for position in body {
            for id in sentences[position].terms where seen[Int(id)] != position {
                seen[Int(id)] = position
                frequency[Int(id)] += 1
            }
        }
        return frequency.map { DocumentFrequencies.idf(documentFrequency: $0, documentCount: body.count) }
    }

    /// The TF-IDF vector of each body sentence, in the order of `body`.
    func bodyVectors(idf: [Double]) -> [SparseVector] {
        body.map { SparseVector(terms: sentences[$0].terms, idf: idf) }
    }

    func titleVector(idf: [Double]) -> SparseVector {
        SparseVector(terms: title.terms, idf: idf)
    }
}
