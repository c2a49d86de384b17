import Evaluation

/// `dragoman eval --easc DIR`: the summarizers run on every EASC article and are scored
/// against its references under `EASCProtocol`.
extension EvaluationRun {
    /// Runs `summarizers` (names in `Summarizers.registry`) on every topic of `corpus`.
    ///
    /// Each summary gets the protocol's budget, the mean word count of the article's
    /// references, rounded: the ranker's sentences are taken until the budget is spent, the
    /// last one cut to it, and read in document order. The recipe is Arabic unless the settings
    /// name a language; the report states the protocol and the random seed.
    ///
    /// ```swift
    /// let outcome = try EvaluationRun.easc(corpus, summarizers: ["lead", "oracle"], settings: EvaluationSettings())
    /// outcome.report.systems.map(\.name)   // ["lead", "oracle"]
    /// ```
    ///
    /// - Throws: `UnknownSummarizerError` for a name not registered; `RougeError` when stop
    ///   words are to be dropped from English.
    /// - Complexity: that of each ranker and of `EASCProtocol.evaluate` per article, plus the
    ///   bootstrap per summarizer.
    public static func easc(
        _ corpus: EASCCorpus, summarizers: [String], settings: EvaluationSettings
    ) throws -> EvaluationOutcome {
        let makers = try Summarizers.makers(named: summarizers)
        // EASC is Arabic: nothing to detect.
        let recipe = try RougeRecipe(
            language: settings.language ?? .arabic, stemming: settings.stemming,
            removingStopWords: settings.removingStopWords, combination: settings.combination)
        let evaluation = EASCProtocol(recipe: recipe)
        let seed = settings.seed
        let perTopic = corpus.topics.concurrentMap { topic in
            let references = topic.references.map(\.text)
            let context = SummarizerContext(
                document: topic.name, references: references, evaluation: evaluation,
                seed: seed << 32 | UInt64(truncatingIfNeeded: topic.number) & 0xFFFF_FFFF)
            return makers.map { summarizer in
                let result = evaluation.evaluate(
                    sentences: topic.article.sentences, references: references, ranker: summarizer.maker(context))
                return DocumentScores(document: topic.name, scores: result.scores)
            }
        }
        let bootstrap = try BootstrapAggregator()
        let systems = makers.indices.map { index in
            SystemEvaluation(name: makers[index].name, documents: perTopic.map { $0[index] }, bootstrap: bootstrap)
        }
        let description = "EASC: budget = mean word count of the article's references, rounded; "
            + "ranked sentences until the budget, the last cut to it; document order, one sentence a line; "
            + "references combined by \(recipe.combination.rawValue)"
            + (summarizers.contains("random") ? "; random seed \(seed)" : "")
        return EvaluationOutcome(
            report: EvaluationReport(recipe: recipe, systems: systems, summaryProtocol: description))
    }
}
