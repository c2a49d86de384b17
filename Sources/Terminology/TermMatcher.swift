import ArabicText

/// Finds the glossary's Arabic terms in a sentence: every occurrence, whatever its clitics,
/// diacritics, spelling variant or article, and nothing inside a longer word.
///
/// ```swift
/// let matcher = TermMatcher(concepts: [Concept(english: "Iraq", arabic: "العراق")])
/// matcher.matches(in: "عاد الوفد إلى بغداد قادماً من للعراق")   // [Iraq: "للعراق", clitic]
/// matcher.matches(in: "قال المسؤول العراقي")                      // []
/// ```
///
/// Every Arabic form of every concept is compiled into a trie over word stems (the article
/// removed, so definite and indefinite forms meet). A sentence is read word by word; each word
/// is tried under each of its readings (proclitics on the first word of a term, a pronoun on
/// the last, tanween and the article on any), and the leftmost-longest path through the trie
/// wins. Words of the text stay whole: a term never matches inside a longer word.
///
/// - Complexity: building is O(total length of the glossary's forms); matching is O(n·d) for a
///   sentence of n words and terms of at most d words, independent of the glossary's size.
public struct TermMatcher: Sendable {
    /// The glossary, in the order `TermMatch.conceptIndex` refers to.
    public let concepts: [Concept]
    let index: TermIndex
    let tokenizer = Tokenizer()

    public init(concepts: [Concept]) {
        self.concepts = concepts
        self.index = TermIndex(concepts: concepts, tokenizer: tokenizer)
    }

    /// The terms of `text`, sorted by position, never overlapping.
    public func matches(in text: String) -> [TermMatch] {
        matches(in: text, memo: nil)
    }

    /// The terms of `text`, remembering in `memo` how its words meet the glossary, so that the
    /// next sentences of a document reuse the work (news repeats its words).
    public func matches(in text: String, memo: TermMatchMemo?) -> [TermMatch] {
        guard !concepts.isEmpty else { return [] }
        let tokens = TokenReadings.matchingTokens(tokenizer.tokens(in: text))
        guard !tokens.isEmpty else { return [] }
        let letters = Array(text.unicodeScalars)
        var search = Search(index: index, tokens: tokens, text: letters, memo: memo)
        var matches: [TermMatch] = []
        var position = 0
        while position < tokens.count {
            guard let found = search.longestMatch(from: position) else {
                position += 1
                continue
            }
            let range = tokens[position].range.lowerBound..<tokens[found.end - 1].range.upperBound
            let concept = concepts[Int(found.output.concept)]
            matches.append(TermMatch(
                conceptIndex: Int(found.output.concept), english: concept.english,
                arabic: concept.arabicForms[Int(found.output.form)],
                surface: String(String.UnicodeScalarView(letters[range])), range: range,
                kind: found.kind, score: found.score))
            position = found.end
        }
        return matches
    }
}

/// The search state over one sentence: readings of each word, computed once, looked up lazily.
struct Search {
    struct Step {
        var word: Int32
        var reading: TokenReading
    }

    struct Found {
        var end: Int
        var output: TermIndex.Output
        var kind: TermMatch.Kind
        var score: Double
    }

    let index: TermIndex
    let tokens: [Token]
    /// The sentence's scalars, for what the matching keys fold away.
    let text: [Unicode.Scalar]
    let memo: TermMatchMemo?
    private var steps: [[Step]?]
    private var readings: [[(TokenReading, [Unicode.Scalar])]?]

    init(index: TermIndex, tokens: [Token], text: [Unicode.Scalar], memo: TermMatchMemo?) {
        self.index = index
        self.tokens = tokens
        self.text = text
        self.memo = memo
        self.steps = Array(repeating: nil, count: tokens.count)
        self.readings = Array(repeating: nil, count: tokens.count)
    }

    /// The longest (then best-scoring) form that starts at word `start`.
    mutating func longestMatch(from start: Int) -> Found? {
        var best: Found?
        var path: [TokenReading] = []
        walk(node: 0, at: start, start: start, fuzzyUsed: false, path: &path, best: &best)
        return best
    }

    private mutating func walk(
        node: Int32, at position: Int, start: Int, fuzzyUsed: Bool, path: inout [TokenReading], best: inout Found?
    ) {
        guard position < tokens.count else { return }
        for step in steps(at: position) {
            follow(step, from: node, at: position, start: start, fuzzy: fuzzyUsed, path: &path, best: &best)
        }
        guard !fuzzyUsed, tokens[position].kind == .arabic else { return }
        // A word that continues the path as it is written is no typo.
        if steps(at: position).contains(where: { index.next(from: node, word: $0.word) != nil }) { return }
        // A typo is forgiven only inside a multi-word term: in the first word, when the next
        // word continues a term that starts with a word near it; in a later word, among the
        // words that may follow the path so far.
        for (reading, letters) in readings(at: position) {
            var words: [Int32] = []
            if position == start {
                guard position + 1 < tokens.count else { return }
                for step in steps(at: position + 1) {
                    if let firsts = index.firstWordsBefore[step.word] {
                        TermIndex.fuzzyWords(near: letters, among: firsts, into: &words)
                    }
                }
            } else if let children = index.fuzzyChildren[node] {
                TermIndex.fuzzyWords(near: letters, among: children, into: &words)
            }
            for word in words {
                follow(Step(word: word, reading: reading), from: node, at: position, start: start, fuzzy: true,
                       path: &path, best: &best)
            }
        }
    }

    private mutating func follow(
        _ step: Step, from node: Int32, at position: Int, start: Int, fuzzy: Bool,
        path: inout [TokenReading], best: inout Found?
    ) {
        if step.reading.hasProclitics && position != start { return }
        guard let child = index.next(from: node, word: step.word) else { return }
        path.append(step.reading)
        defer { path.removeLast() }
        for output in index.outputs[Int(child)] {
            consider(output, path: path, end: position + 1, fuzzy: fuzzy, best: &best)
        }
        // A pronoun closes the term: nothing follows it.
        if step.reading.ending != .pronoun {
            walk(node: child, at: position + 1, start: start, fuzzyUsed: fuzzy, path: &path, best: &best)
        }
    }

    private func consider(_ output: TermIndex.Output, path: [TokenReading], end: Int, fuzzy: Bool, best: inout Found?) {
        if fuzzy && output.articles.count < 2 { return }
        let articles = path.map(\.hasArticle)
        let sameArticles = articles == output.articles
        guard sameArticles || articles.allSatisfy({ !$0 }) || articles.allSatisfy({ $0 }) else { return }
        let whole = sameArticles && path.allSatisfy(\.isWholeWord)
        let kind: TermMatch.Kind
        let score: Double
        if fuzzy {
            (kind, score) = (.fuzzy, 0.6)
        } else if output.form == 0 {
            (kind, score) = whole ? (.exact, 1.0) : (.clitic, 0.85)
        } else {
            (kind, score) = (.variant, whole ? 0.9 : 0.8)
        }
        if let current = best {
            if end < current.end { return }
            if end == current.end {
                if score < current.score { return }
                if score == current.score, output.concept >= current.output.concept { return }
            }
        }
        best = Found(end: end, output: output, kind: kind, score: score)
    }

    private mutating func steps(at position: Int) -> [Step] {
        if let cached = steps[position] { return cached }
        let taaMarbuta = TokenReadings.endsInTaaMarbuta(text, tokens[position].range)
        // The memo's key is the matching key, plus a ة when the word ends in one (never in a key).
        let key = taaMarbuta ? tokens[position].key + "ة" : tokens[position].key
        if let remembered = memo?.steps[key] {
            steps[position] = remembered
            return remembered
        }
        var found: [Step] = []
        for reading in TokenReadings.readings(of: tokens[position], endsInTaaMarbuta: taaMarbuta) {
            if let word = index.word(reading.stem) { found.append(Step(word: word, reading: reading)) }
        }
        steps[position] = found
        memo?.remember(found, for: key)
        return found
    }

    private mutating func readings(at position: Int) -> [(TokenReading, [Unicode.Scalar])] {
        if let cached = readings[position] { return cached }
        let taaMarbuta = TokenReadings.endsInTaaMarbuta(text, tokens[position].range)
        let key = taaMarbuta ? tokens[position].key + "ة" : tokens[position].key
        if let remembered = memo?.readings[key] {
            readings[position] = remembered
            return remembered
        }
        let found = TokenReadings.readings(of: tokens[position], endsInTaaMarbuta: taaMarbuta)
            .filter { $0.stem.unicodeScalars.count >= TermIndex.fuzzyMinimumLength - 1 }
            .map { ($0, Array($0.stem.unicodeScalars)) }
        readings[position] = found
        memo?.rememberReadings(found, for: key)
        return found
    }
}

/// What a matcher learnt about words while reading a document: for each word, its readings
/// that meet the glossary. One memo serves one thread; its size is bounded, so memory grows
/// with the glossary, not with the text.
public final class TermMatchMemo {
    fileprivate var steps: [String: [Search.Step]] = [:]
    fileprivate var readings: [String: [(TokenReading, [Unicode.Scalar])]] = [:]
    /// The most words remembered; past it the memo starts afresh.
    public let capacity: Int

    public init(capacity: Int = 200_000) {
        self.capacity = capacity
    }

    fileprivate func rememberReadings(_ found: [(TokenReading, [Unicode.Scalar])], for key: String) {
        if readings.count >= capacity { readings.removeAll(keepingCapacity: true) }
        readings[key] = found
    }

    fileprivate func remember(_ found: [Search.Step], for key: String) {
        if steps.count >= capacity { steps.removeAll(keepingCapacity: true) }
        steps[key] = found
    }
}
