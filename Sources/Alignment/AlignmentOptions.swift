/// How `SentenceAligner` weighs its evidence. The defaults suit Arabic news and its English
/// translation; lengths are always measured on the documents being aligned.
public struct AlignmentOptions: Sendable, Hashable {
    /// A bead shape (Arabic sentences, English sentences) and how often translations use it.
    public struct Shape: Sendable, Hashable {
        public var arabic: Int
        public var english: Int
        /// Prior probability of the shape; the priors need not sum to 1 (only ratios count).
        public var prior: Double

        public init(arabic: Int, english: Int, prior: Double) {
            self.arabic = arabic
            self.english = english
            self.prior = prior
        }
    }

    /// The bead shapes tried. An Arabic news sentence is often split in two in English (1-2);
    /// the reverse (2-1) is rarer but real; 2-2 catches a boundary moved across two sentences.
    public var shapes: [Shape] = [
        Shape(arabic: 1, english: 1, prior: 0.86),
        Shape(arabic: 1, english: 2, prior: 0.05),
        Shape(arabic: 2, english: 1, prior: 0.05),
        Shape(arabic: 1, english: 0, prior: 0.015),
        Shape(arabic: 0, english: 1, prior: 0.015),
        Shape(arabic: 2, english: 2, prior: 0.002),
    ]

    /// The variance of English letters per Arabic letter to start from, before it is measured
    /// on the documents (from the first half of the NTREX news documents: about 3).
    public var lengthVariance: Double = 3.0

    /// Whether to align twice: the second time with the length ratio, the variance and the
    /// bead priors measured on the first alignment's beads.
    public var reestimates: Bool = true

    /// Whether the second alignment also uses word pairs learnt from the first one
    /// (`الشرطة` ~ `police`): a dictionary of the document's own. Needs `reestimates`.
    public var learnsWordPairs: Bool = true

    /// Whether common news words count as anchors through the built-in `NewsLexicon`
    /// (`الشرطة` ~ `police`).
    public var usesNewsLexicon: Bool = true

    /// Multiplies the weight of every lexical anchor (0 aligns on length alone).
    public var anchorWeight: Double = 1.0

    /// Whether Arabic words are compared with English names through ICU's Arabic-Latin
    /// transliteration (`مارك إسبر` ~ `Mark Esper`).
    public var matchesNames: Bool = true

    /// Sentences on either side of a pair that an anchor's rarity is judged against: an anchor
    /// that occurs in several nearby sentences says less.
    public var anchorWindow: Int = 8

    /// Beads whose score is below this are flagged `isWeak`. The scores are roughly calibrated:
    /// on perturbed NTREX news, 99% of the beads scored 0.9 or more were right, 80% of those
    /// scored 0.8 to 0.9, and under two in three below 0.8.
    public var weakScore: Double = 0.7

    /// The band's half-width to start with, in sentences around the diagonal; nil picks it from
    /// the documents' size. The band doubles whenever the best path touches its edge.
    public var bandWidth: Int? = nil

    public init() {}
}
