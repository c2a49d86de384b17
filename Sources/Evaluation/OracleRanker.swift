import ArabicText

/// The greedy oracle: repeatedly adds the sentence that most raises ROUGE-2 F against the
/// references, or, when none raises it, the one that most raises ROUGE-1 F, until the budget
/// is met or no sentence raises either.
///
/// ```swift
/// let oracle = OracleRanker(references: [reference], budget: WordBudget(words: 75))
/// oracle.summary(of: sentences, budget: oracle.budget)
/// ```
///
/// The selection is scored as its sentences' tokens in document order. Ties go to the earlier
/// sentence. Several references combine as `combination` says.
public struct OracleRanker: SentenceRanker {
    /// The texts the selection is scored against.
    public let references: [String]
    /// Selection stops once the chosen sentences hold at least this many words.
    public let budget: WordBudget
    /// How texts become tokens.
    public let tokenizer: any RougeTokenizer
    /// How scores against several references become one.
    public let combination: ReferenceCombination

    public init(
        references: [String],
        budget: WordBudget,
        tokenizer: any RougeTokenizer = EnglishRougeTokenizer(stemming: false),
        combination: ReferenceCombination = .max
    ) {
        self.references = references
        self.budget = budget
        self.tokenizer = tokenizer
        self.combination = combination
    }

    /// The chosen sentences in the order chosen; the rest are left out.
    ///
    /// - Complexity: O(k · s · L) for k chosen sentences out of s, L tokens in the selection.
    public func ranking(of sentences: [String]) -> [Int] {
        var interner = TokenInterner()
        let sentenceTokens = sentences.map { interner.intern(tokenizer.tokens($0)) }
        let referenceTokens = references.map { interner.intern(tokenizer.tokens($0)) }
        let vocabularySize = interner.vocabularySize
        let bigrams = referenceTokens.map { NGramCounts($0, order: 2, vocabularySize: vocabularySize) }
        let unigrams = referenceTokens.map { NGramCounts($0, order: 1, vocabularySize: vocabularySize) }
        let wordCounts = sentences.map(WhitespaceWords.count(in:))

        func f(_ selection: [Int], _ counts: [NGramCounts]) -> Double {
            let tokens = selection.sorted().flatMap { sentenceTokens[$0] }
            return combination.combine(counts.map { $0.score(candidate: tokens) }).f
        }

        var chosen: [Int] = []
        var chosenWords = 0
        var current = (bigram: 0.0, unigram: 0.0)
        while chosenWords < budget.words {
            let open = sentences.indices.filter { !chosen.contains($0) && !sentenceTokens[$0].isEmpty }
            guard let pick = best(open, over: current.bigram, { f(chosen + [$0], bigrams) })
                ?? best(open, over: current.unigram, { f(chosen + [$0], unigrams) })
            else { break }
            chosen.append(pick)
            chosenWords += wordCounts[pick]
            current = (f(chosen, bigrams), f(chosen, unigrams))
        }
        return chosen
    }

    /// The earliest of `indexes` with the highest `value` above `floor`, if any beats it.
    private func best(_ indexes: [Int], over floor: Double, _ value: (Int) -> Double) -> Int? {
        var pick: Int?
        var top = floor
        for index in indexes {
            let candidate = value(index)
            if candidate > top {
                top = candidate
                pick = index
            }
        }
        return pick
    }
}
