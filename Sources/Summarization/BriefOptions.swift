/// The knobs of a daily brief. The defaults were set on measured pairs (TF-IDF over
/// `LightStemmer` stems, idf over the articles compared):
///
/// - Articles. Unrelated articles: median cosine 0.03, 99th percentile 0.13–0.14, largest 0.19
///   (51 EASC articles on different topics; 123 NTREX news documents). Same story, different
///   outlets: 0.23–0.46 in NTREX, 0.32 for the two seed reports of one story, 0.18–0.61 in the
///   tests' budget story. Different stories about one person or country reach 0.24–0.25.
/// - Sentences. Same fact, spun or rewritten (tests): cosine 0.46–0.86, containment 0.58–1.
///   Different facts of one story (tests and the seed reports): cosine at most 0.30,
///   containment at most 0.44. The thresholds (0.4 and 0.5) sit between the two groups.
///   Containment earns its place on rewrites that add detail: a short wire sentence inside a
///   sentence three times as long keeps containment near 1 while the cosine falls below 0.4.
///   Synonym spinning that replaces most content words defeats both (no synonym lexicon).
public struct BriefOptions: Sendable, Hashable {
    /// Two groups of articles are one story while the mean cosine of their article vectors
    /// (TF-IDF over all body sentences) is at least this. Default 0.2.
    public var storySimilarity: Double
    /// Two sentences tell the same fact when the cosine of their TF-IDF vectors is at least
    /// this. Default 0.4.
    public var redundancySimilarity: Double
    /// ... or when at least this share of the smaller sentence's idf mass (the summed idf of
    /// its distinct terms) is found in the other: robust to synonym-spun copies and wire
    /// rewrites, where the cosine drops. Default 0.5.
    public var redundancyContainment: Double
    /// ... or when their terms, in reading order, have a longest common subsequence whose F
    /// measure (2·LCS / (m + n)) is at least this: a synonym-spun copy keeps the names, numbers
    /// and the order of the original while swapping many of its words, which defeats both
    /// measures above. Default 0.4: in the sample corpus's spun copy (`sada-…` of `rasid-…`)
    /// the sentence pairs score 0.28–0.67 (most above 0.45), while the idf-weighted cosine of
    /// its lead pair is under 0.4; different facts of one story score up to 0.38 (the tests'
    /// budget debate against the vote, which share "مجلس النواب … الموازنة العامة لعام 2024").
    public var redundancyOrder: Double
    /// Two articles of a story whose vectors have at least this cosine are aligned sentence by
    /// sentence to find a rewrite's repeated facts (see `ParallelSentences`). Default 0.3.
    public var parallelSimilarity: Double
    /// Sentences with fewer distinct content terms than this are compared by cosine only:
    /// containment of a three-word sentence says little. Default 4.
    public var minimumContainmentTerms: Int
    /// How much a sentence's closeness to its story (cosine with the sum of the story's article
    /// vectors, scaled to 0...1 within the story) counts against its summarizer score (scaled
    /// to 0...1 within its article) when choosing among a story's sentences: every article's
    /// best sentence scores 1 in its article, and the fact most outlets tell should lead.
    /// Default 0.3.
    public var storyCentrality: Double
    /// MMR's trade-off: `λ·score − (1 − λ)·(largest cosine to an item already taken)`.
    /// Default 0.7: importance first, with a push away from what is already said.
    public var mmrLambda: Double
    /// The brief keeps at most this many stories, heaviest first. Default 25.
    public var maxStories: Int
    /// Articles are compared only when they share this many of their heaviest terms. Default 1.
    public var minimumSharedTerms: Int
    /// How many of its heaviest terms stand for an article when finding pairs to compare.
    /// Default 12.
    public var signatureTerms: Int
    /// A term among the heaviest of more articles than this proposes no pairs. Default 500.
    public var maximumPostings: Int

    public init(
        storySimilarity: Double = 0.2, redundancySimilarity: Double = 0.4, redundancyContainment: Double = 0.5,
        minimumContainmentTerms: Int = 4, storyCentrality: Double = 0.3, mmrLambda: Double = 0.7, maxStories: Int = 25,
        minimumSharedTerms: Int = 1, signatureTerms: Int = 12, maximumPostings: Int = 500, redundancyOrder: Double = 0.4,
        parallelSimilarity: Double = 0.3
    ) {
        self.parallelSimilarity = parallelSimilarity
        self.redundancyOrder = redundancyOrder
        self.storySimilarity = storySimilarity
        self.redundancySimilarity = redundancySimilarity
        self.redundancyContainment = redundancyContainment
        self.minimumContainmentTerms = minimumContainmentTerms
        self.storyCentrality = storyCentrality
        self.mmrLambda = mmrLambda
        self.maxStories = maxStories
        self.minimumSharedTerms = minimumSharedTerms
        self.signatureTerms = signatureTerms
        self.maximumPostings = maximumPostings
    }
}
