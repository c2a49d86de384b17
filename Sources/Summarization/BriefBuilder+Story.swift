extension BriefBuilder {
    /// The story told by the articles at `cluster` (indexes into `articles`), with id 0.
    ///
    /// - Complexity: O(c·m) for the story's closeness, O(k·c·m) for the selection, over c
    ///   candidate sentences of m terms.
    func story(
        of cluster: [Int], articles: [PreparedArticle], budget: SummaryBudget, idf: [Double], scratch: inout [Double]
    ) -> Story {
        var candidates = cluster.flatMap { articles[$0].candidates }
        // Closeness to the story: cosine with the sum of the articles' unit vectors.
        for index in cluster { articles[index].vector.addUnit(into: &scratch) }
        var centroidNorm = 0.0
        var centroidTerms: [Int32] = []
        for index in cluster { centroidTerms.append(contentsOf: articles[index].vector.ids) }
        centroidTerms.sort()
        var previous: Int32 = -1
        for id in centroidTerms where id != previous {
            centroidNorm += scratch[Int(id)] * scratch[Int(id)]
            previous = id
        }
        centroidNorm = centroidNorm.squareRoot()
        let closeness = candidates.map { candidate -> Double in
            let norms = candidate.vector.norm * centroidNorm
            return norms > 0 ? candidate.vector.dot(dense: scratch) / norms : 0
        }
        for index in cluster { articles[index].vector.clear(in: &scratch) }
        let scaledCloseness = Self.scaledToUnit(closeness)
        let mix = min(1, max(0, options.storyCentrality))
        for index in candidates.indices {
            candidates[index].score = (1 - mix) * candidates[index].score + mix * scaledCloseness[index]
        }

        let selection = StorySelection(
            lambda: options.mmrLambda, redundancySimilarity: options.redundancySimilarity,
            redundancyContainment: options.redundancyContainment,
            minimumContainmentTerms: options.minimumContainmentTerms, redundancyOrder: options.redundancyOrder)
        let bodyCount = cluster.map { articles[$0].candidates.count }.max() ?? 0
        let parallel = ParallelArticles(cluster: cluster, articles: articles, similarity: options.parallelSimilarity)
        let picks = selection.select(candidates, budget: budget, bodyCount: bodyCount, idf: idf) { chosen, other in
            parallel.repeats(chosen, other, candidates: candidates)
        }

        func sentence(_ candidate: Candidate) -> ArticleSentence {
            articles[candidate.article].article.sentences[candidate.position]
        }
        let items = picks.map { pick in
            let chosen = candidates[pick.chosen]
            return BriefItem(
                article: articles[chosen.article].article.id, sentence: sentence(chosen).index,
                text: sentence(chosen).text, score: chosen.score,
                sources: pick.sources.map {
                    SentenceReference(article: articles[candidates[$0].article].article.id,
                                      sentence: sentence(candidates[$0]).index)
                })
        }
        let concepts = Set(picks.flatMap { $0.sources.flatMap { sentence(candidates[$0]).concepts } })
        let corroboration = Double(items.reduce(0) { $0 + $1.sources.count } + concepts.count)
        let weight = Double(Self.distinctSources(cluster.map { articles[$0].article }))
            + corroboration / (corroboration + 1)
        return Story(id: 0, weight: weight, articles: cluster.map { articles[$0].article.id }, items: items)
    }


    /// Distinct outlets; an article with no source counts as one of its own.
    static func distinctSources(_ articles: [SourceArticle]) -> Int {
        let named = Set(articles.map(\.source).filter { !$0.isEmpty })
        return named.count + articles.filter { $0.source.isEmpty }.count
    }
}
