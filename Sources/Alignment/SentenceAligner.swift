import ArabicText
import Terminology

/// Aligns the sentences of an Arabic document with those of its English translation: which
/// Arabic sentences each English sentence translates, one to one, one to two, two to one, or
/// none.
///
/// ```swift
/// let aligner = SentenceAligner(glossary: TermMatcher(concepts: glossary))
/// aligner.align(
///     arabic: ["وصل وزير الدفاع مارك إسبر إلى بغداد يوم الأحد.", "والتقى رئيس الوزراء."],
///     english: ["Defence Secretary Mark Esper arrived in Baghdad on Sunday.",
///               "He met the prime minister."])
/// // [Bead(arabic: 0..<1, english: 0..<1, …), Bead(arabic: 1..<2, english: 1..<2, …)]
/// ```
///
/// The model is Gale & Church's (1993) length-based dynamic programming, over letters and, with
/// less weight, words, with the length ratios and variances measured on the documents
/// themselves (Arabic, written without short vowels, is shorter than its English), plus lexical
/// anchors as hunalign (Varga et al., 2005) uses a dictionary: numbers (Arabic-Indic digits
/// included), Latin tokens (`CNN`, `UH-60`), glossary terms found on both sides (clitic-aware on
/// the Arabic side), month and weekday names, names matched through ICU's Arabic-Latin
/// transliteration (`مارك إسبر` ~ `Mark Esper`), the shape of a sentence (a question, a quotation,
/// a headline), a small built-in dictionary of common news words (`NewsLexicon`), and word pairs
/// learnt from a first alignment of the document itself (`CooccurrenceLexicon`). See
/// `BeadCosts` for how the evidence is weighed.
///
/// It aligns twice: the first pass measures the lengths, the bead shapes' frequencies and the
/// word pairs; the second, in a narrow band around the first path, gives the final beads.
///
/// The search runs in a band around the length diagonal (where as many letters have gone by on
/// both sides), which doubles whenever the best path touches its edge, so a 10,000-sentence
/// document aligns in memory linear in its length.
/// Each bead's `score` is its posterior probability under the model (forward–backward over
/// the band); beads below `AlignmentOptions.weakScore` are flagged `isWeak`.
///
/// - Complexity: O((n + m)·w) time and memory for n and m sentences and a band of half-width
///   w (about √(n+m)/3, at least 24, unless the path wanders further from the diagonal).
public struct SentenceAligner: Sendable {
    public let glossary: TermMatcher?
    public let options: AlignmentOptions
    private let englishTerms: EnglishTermFinder?

    public init(glossary: TermMatcher? = nil, options: AlignmentOptions = .init()) {
        self.glossary = glossary
        self.options = options
        self.englishTerms = glossary.map { EnglishTermFinder(concepts: $0.concepts) }
    }

    /// The beads that align `arabic` with `english`, in document order, covering every sentence
    /// of both exactly once.
    public func align(arabic: [String], english: [String]) -> [Bead] {
        if arabic.isEmpty || english.isEmpty {
            let leftOut = arabic.indices.map { Bead(arabic: $0..<($0 + 1), english: 0..<0) }
                + english.indices.map { Bead(arabic: 0..<0, english: $0..<($0 + 1)) }
            return leftOut
        }
        let extractor = AnchorExtractor(
            glossary: options.anchorWeight > 0 ? glossary : nil,
            englishTerms: options.anchorWeight > 0 ? englishTerms : nil,
            matchesNames: options.matchesNames && options.anchorWeight > 0,
            usesLexicon: options.usesNewsLexicon && options.anchorWeight > 0, window: options.anchorWindow)
        let reading = extractor.read(arabic: arabic, english: english)
        let initial = LengthModel.initial(
            arabic: reading.arabicLengths, english: reading.englishLengths, variance: options.lengthVariance)
        let initialWords = LengthModel.initial(
            arabic: reading.arabicWordCounts, english: reading.englishWordCounts, variance: Self.wordVariance)
        var costs = BeadCosts(
            reading: reading, length: initial, words: initialWords, shapes: options.shapes, anchorWeight: options.anchorWeight,
            window: options.anchorWindow)
        let width = options.bandWidth ?? Self.defaultBandWidth(arabic.count, english.count)
        var result = run(&costs, posteriors: !options.reestimates) { halfWidth in
            BandedAligner.lengthDiagonal(
                halfWidth: halfWidth, arabicLengths: reading.arabicLengths, englishLengths: reading.englishLengths)
        } startingWith: { width }
        if options.reestimates {
            reestimate(&costs, from: result.result)
            // The second pass searches near the first path only.
            let first = result
            let shapes = costs.shapes
            result = run(&costs, posteriors: true) { halfWidth in
                first.band.around(first.result.steps, shapes: shapes, halfWidth: halfWidth)
            } startingWith: { Self.refinementWidth }
        }
        return beads(result.result, shapes: costs.shapes)
    }

    /// The variance of English words per Arabic word to start from (measured on the first half
    /// of the NTREX news documents: about 0.6).
    static let wordVariance = 0.6

    /// The half-width of the second pass's band around the first path.
    static let refinementWidth = 12

    static func defaultBandWidth(_ n: Int, _ m: Int) -> Int {
        max(24, Int(0.33 * Double(n + m).squareRoot()))
    }

    /// Aligns in the band `band(w)`, doubling w while the path touches the band's edge.
    private func run(
        _ costs: inout BeadCosts, posteriors: Bool, band: (Int) -> BandedAligner, startingWith width: () -> Int
    ) -> (result: BandedAligner.Result, band: BandedAligner) {
        let widest = max(costs.arabicCount, costs.englishCount) + 2
        var halfWidth = min(width(), widest)
        while true {
            let aligner = band(halfWidth)
            if let result = aligner.align(&costs, posteriors: posteriors), !result.touchesEdge || halfWidth >= widest {
                return (result, aligner)
            }
            if halfWidth >= widest {
                // No path even in the full table: cannot happen with 1-0 and 0-1 shapes, but
                // never loop on it.
                return (BandedAligner.Result(steps: [], posteriors: [], touchesEdge: false), aligner)
            }
            halfWidth = min(2 * halfWidth, widest)
        }
    }

    /// Re-measures the length model and the shape priors on a first alignment.
    private func reestimate(_ costs: inout BeadCosts, from result: BandedAligner.Result) {
        let shapes = costs.shapes
        var pairs: [(arabic: Double, english: Double)] = []
        var wordPairs: [(arabic: Double, english: Double)] = []
        var counts = [Double](repeating: 0, count: shapes.count)
        for step in result.steps {
            let shape = shapes[step.shape]
            counts[step.shape] += 1
            guard shape.arabic == 1, shape.english == 1 else { continue }
            pairs.append((costs.reading.arabicLengths[step.arabicEnd - 1], costs.reading.englishLengths[step.englishEnd - 1]))
            wordPairs.append(
                (costs.reading.arabicWordCounts[step.arabicEnd - 1], costs.reading.englishWordCounts[step.englishEnd - 1]))
        }
        costs.length = costs.length.estimated(fromPairs: pairs, prior: options.lengthVariance)
        costs.words = costs.words.estimated(fromPairs: wordPairs, prior: Self.wordVariance)
        // Priors: the options' priors as a Dirichlet prior worth 50 beads, plus the counts.
        let usable = options.shapes.filter(BeadCosts.isUsable)
        let priorTotal = usable.reduce(0) { $0 + $1.prior }
        let strength = 50.0
        var updated: [AlignmentOptions.Shape] = []
        for shape in usable {
            let index = shapes.firstIndex { $0.arabic == shape.arabic && $0.english == shape.english }
            let count = index.map { counts[$0] } ?? 0
            updated.append(AlignmentOptions.Shape(
                arabic: shape.arabic, english: shape.english, prior: strength * shape.prior / priorTotal + count))
        }
        costs.setShapes(updated)
        guard options.learnsWordPairs, options.anchorWeight > 0 else { return }
        let beadPairs = result.steps.compactMap { step -> (arabic: Int, english: Int)? in
            let shape = shapes[step.shape]
            return shape.arabic == 1 && shape.english == 1 ? (step.arabicEnd - 1, step.englishEnd - 1) : nil
        }
        let learnt = CooccurrenceLexicon.learn(
            pairs: beadPairs, arabicWords: costs.reading.arabicWords, englishWords: costs.reading.englishWords)
        guard !learnt.isEmpty else { return }
        var relearnt = BeadCosts(
            reading: costs.reading.adding(learnt), length: costs.length, words: costs.words, shapes: [], anchorWeight: options.anchorWeight,
            window: options.anchorWindow)
        relearnt.setShapes(updated)
        costs = relearnt
    }

    private func beads(_ result: BandedAligner.Result, shapes: [BeadCosts.Shape]) -> [Bead] {
        result.steps.enumerated().map { index, step in
            let shape = shapes[step.shape]
            let score = index < result.posteriors.count ? result.posteriors[index] : 1
            return Bead(
                arabic: (step.arabicEnd - shape.arabic)..<step.arabicEnd,
                english: (step.englishEnd - shape.english)..<step.englishEnd,
                score: score, isWeak: score < options.weakScore)
        }
    }
}
