import ArabicText

/// Scores a candidate text against one or more references, matching Google's rouge-score 0.1.2.
///
/// ```swift
/// let rouge = RougeScorer(metrics: [.rouge1, .rougeL], tokenizer: EnglishRougeTokenizer(stemming: false))
/// rouge.score(candidate: "the cat sat", reference: "the cat sat down")[.rouge1]
/// // P=1.0 R=0.75 F=0.857…
/// ```
///
/// Texts are tokenized once and interned to integer ids; `rougeLsum` reads each `"\n"`-separated
/// line as a sentence (empty lines are skipped), the other metrics read the whole text.
public struct RougeScorer: Sendable {
    /// The metrics every score reports, without repeats, in the order given.
    public let metrics: [RougeMetric]
    /// How texts become tokens.
    public let tokenizer: any RougeTokenizer
    /// The tokenizer when it is the English one, which hands out bytes and whose tokens never
    /// span a line (checked once, not per text).
    private let englishTokenizer: EnglishRougeTokenizer?

    public init(
        metrics: [RougeMetric] = [.rouge1, .rouge2, .rougeL, .rougeLsum],
        tokenizer: any RougeTokenizer = EnglishRougeTokenizer(stemming: false)
    ) {
        var seen: Set<RougeMetric> = []
        self.metrics = metrics.filter { seen.insert($0).inserted }
        self.tokenizer = tokenizer
        englishTokenizer = tokenizer as? EnglishRougeTokenizer
    }

    /// The score of `candidate` against `reference` for each metric; all zero for an empty side.
    ///
    /// - Complexity: O(n · m) for the LCS metrics, O((n + m) · N) for ROUGE-N, in token counts.
    public func score(candidate: String, reference: String) -> [RougeMetric: RougeScore] {
        var sink = InterningSink(expectedTokens: Self.expectedTokens(in: [candidate, reference]))
        let candidateText = prepare(candidate, with: &sink)
        let referenceText = prepare(reference, with: &sink)
        let scores = score(candidateText, against: referenceText, vocabularySize: sink.interner.vocabularySize)
        return Dictionary(uniqueKeysWithValues: zip(metrics, scores))
    }

    /// The score of `candidate` against several references, combined per metric.
    ///
    /// With `.max`, each metric takes the reference with the best F (the first on a tie), as
    /// rouge-score's `score_multi`; with `.mean`, the component-wise mean. No references score zero.
    ///
    /// - Complexity: that of `score(candidate:reference:)` for each reference.
    public func score(
        candidate: String, references: [String], combination: ReferenceCombination = .max
    ) -> [RougeMetric: RougeScore] {
        var sink = InterningSink(expectedTokens: Self.expectedTokens(in: [candidate] + references))
        let candidateText = prepare(candidate, with: &sink)
        let referenceTexts = references.map { prepare($0, with: &sink) }
        let perReference = referenceTexts.map {
            score(candidateText, against: $0, vocabularySize: sink.interner.vocabularySize)
        }
        var combined: [RougeMetric: RougeScore] = [:]
        combined.reserveCapacity(metrics.count)
        for (index, metric) in metrics.enumerated() {
            combined[metric] = combination.combine(perReference.map { $0[index] })
        }
        return combined
    }

    /// About as many tokens as `texts` hold (a word and its space take some six bytes), an upper
    /// bound on the distinct ones, so the interner is sized once.
    private static func expectedTokens(in texts: [String]) -> Int {
        texts.reduce(0) { $0 + $1.utf8.count } / 6 + 16
    }

    /// A text as token ids, whole and by line.
    struct PreparedText {
        /// The whole text's tokens.
        var tokens: [Int32] = []
        /// The tokens of the lines, one after another (the same array as `tokens` when the
        /// tokenizer's tokens never span a line feed).
        var lineTokens: [Int32] = []
        /// Each `"\n"`-separated line's range in `lineTokens`.
        var lines: [Range<Int>] = []

        /// Each line's tokens.
        var lineSlices: [ArraySlice<Int32>] {
            lines.map { lineTokens[$0] }
        }
    }

    private var needsWholeText: Bool {
        metrics.contains { $0 != .rougeLsum }
    }

    /// Interns the tokens it is handed and notes where lines break.
    struct InterningSink: TokenSink {
        var interner: TokenInterner
        var tokens: [Int32] = []
        var lineBreaks: [Int] = []

        init(expectedTokens: Int) {
            interner = TokenInterner(expectedTokens: expectedTokens)
        }

        mutating func token(_ bytes: UnsafeBufferPointer<UInt8>) { tokens.append(interner.intern(bytes)) }
        mutating func lineBreak() { lineBreaks.append(tokens.count) }
    }

    /// `text` as token ids from `sink`'s interner.
    func prepare(_ text: String, with sink: inout InterningSink) -> PreparedText {
        var prepared = PreparedText()
        let needsLines = metrics.contains(.rougeLsum)
        if let englishTokenizer {
            sink.tokens = []
            sink.lineBreaks.removeAll(keepingCapacity: true)
            englishTokenizer.scan(text, into: &sink)
            prepared.tokens = sink.tokens
            if needsLines {
                prepared.lineTokens = sink.tokens
                var lineStart = 0
                for lineEnd in sink.lineBreaks + [sink.tokens.count] {
                    prepared.lines.append(lineStart..<lineEnd)
                    lineStart = lineEnd
                }
            }
            return prepared
        }
        if needsWholeText {
            prepared.tokens = sink.interner.intern(tokenizer.tokens(text))
        }
        if needsLines {
            // Split on U+000A scalars, as Python's split("\n"): a Swift Character would keep "\r\n" whole.
            for line in text.unicodeScalars.split(separator: "\n") {
                let start = prepared.lineTokens.count
                prepared.lineTokens += sink.interner.intern(tokenizer.tokens(String(Substring(line))))
                prepared.lines.append(start..<prepared.lineTokens.count)
            }
        }
        return prepared
    }

    /// The score of each metric, in the order of `metrics`.
    func score(
        _ candidate: PreparedText, against reference: PreparedText, vocabularySize: Int
    ) -> [RougeScore] {
        metrics.map { metric in
            switch metric.kind {
            case .ngram(let order):
                return NGramCounts(reference.tokens, order: order, vocabularySize: vocabularySize)
                    .score(candidate: candidate.tokens)
            case .longestCommonSubsequence:
                guard !candidate.tokens.isEmpty, !reference.tokens.isEmpty else { return .zero }
                let length = LongestCommonSubsequence.length(
                    reference.tokens, candidate.tokens, vocabularySize: vocabularySize)
                return RougeScore(
                    precision: Double(length) / Double(candidate.tokens.count),
                    recall: Double(length) / Double(reference.tokens.count)
                )
            case .summaryLevelLongestCommonSubsequence:
                return SummaryLevelLCS.score(
                    reference: reference.lineSlices, candidate: candidate.lineSlices, vocabularySize: vocabularySize
                )
            }
        }
    }
}
