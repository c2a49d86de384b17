import ArabicText

/// The search over one sentence: the leftmost-longest walk through the glossary's trie, with
/// each word's readings that meet the glossary computed once, when first needed.
///
/// Everything lives in flat arrays indexed by word position; the words' keys stay bytes of the
/// normalised sentence, and their stems are looked up by byte slices of them.
struct TermSearch {
    /// A reading of a word that is a glossary word.
    struct Step {
        var word: Int32
        var affixes: Affixes
    }

    struct Found {
        var end: Int
        var output: TermIndex.Output
        var kind: TermMatch.Kind
        var score: Double
    }

    /// A reading long enough for a typo in it to be forgiven, with its letters.
    private struct FuzzyReading {
        var affixes: Affixes
        var letters: Range<Int>
        var signature: UInt64
    }

    let index: TermIndex
    let tokens: SentenceTokens
    /// The normalised sentence's bytes, which the tokens' keys index.
    let keys: UnsafeBufferPointer<UInt8>
    /// The sentence as given, for what the matching keys fold away.
    let text: String
    let memo: TermMatchMemo?
    /// The sentence's scalars, decoded when first needed.
    private(set) var scalars: [Unicode.Scalar] = []
    private var decoded = false
    /// `steps[stepStarts[p]..<stepStarts[p] + stepCounts[p]]` for word p; -1 while unknown.
    private var stepStarts: [Int32]
    private var stepCounts: [Int32]
    private var steps: [Step] = []
    /// The same for the readings a typo may hide in, and their letters.
    private var fuzzyStarts: [Int32]
    private var fuzzyCounts: [Int32]
    private var fuzzyReadings: [FuzzyReading] = []
    private var fuzzyLetters: [Unicode.Scalar] = []
    /// The affixes of the words on the path being walked.
    private var path: [Affixes] = []
    private var hashes = KeyHash.Prefixes()
    private var scratch: [UInt8] = []

    init(index: TermIndex, tokens: SentenceTokens, keys: UnsafeBufferPointer<UInt8>, text: String, memo: TermMatchMemo?) {
        self.index = index
        self.tokens = tokens
        self.keys = keys
        self.text = text
        self.memo = memo
        stepStarts = Array(repeating: -1, count: tokens.count)
        stepCounts = Array(repeating: 0, count: tokens.count)
        fuzzyStarts = Array(repeating: -1, count: tokens.count)
        fuzzyCounts = Array(repeating: 0, count: tokens.count)
    }

    /// The longest (then best-scoring) form that starts at word `start`.
    mutating func longestMatch(from start: Int) -> Found? {
        var best: Found?
        walk(node: 0, at: start, start: start, fuzzyUsed: false, best: &best)
        return best
    }

    /// The sentence's scalars in `range`, as a string.
    mutating func surface(_ range: Range<Int>) -> String {
        decodeScalars()
        return String(String.UnicodeScalarView(scalars[range]))
    }

    private mutating func walk(node: Int32, at position: Int, start: Int, fuzzyUsed: Bool, best: inout Found?) {
        guard position < tokens.count else { return }
        let found = steps(at: position)
        for step in found {
            follow(steps[step], from: node, at: position, start: start, fuzzy: fuzzyUsed, best: &best)
        }
        guard !fuzzyUsed, tokens[position].kind == .arabic else { return }
        // A word that continues the path as it is written is no typo.
        if found.contains(where: { index.next(from: node, word: steps[$0].word) != nil }) { return }
        // A typo is forgiven only inside a multi-word term: in the first word, when the next
        // word continues a term that starts with a word near it; in a later word, among the
        // words that may follow the path so far.
        let following = position == start && position + 1 < tokens.count ? steps(at: position + 1) : 0..<0
        if position == start {
            guard following.contains(where: { !index.fuzzy.firstWords(before: steps[$0].word).isEmpty }) else { return }
        } else if index.fuzzy.children(of: node).isEmpty {
            return
        }
        for reading in fuzzyReadings(at: position) {
            var words: [Int32] = []
            let affixes = fuzzyReadings[reading].affixes
            let signature = fuzzyReadings[reading].signature
            fuzzyLetters.withUnsafeBufferPointer { letters in
                let query = UnsafeBufferPointer(rebasing: letters[fuzzyReadings[reading].letters])
                if position == start {
                    for step in following {
                        index.fuzzy.words(near: query, signature: signature,
                                          among: index.fuzzy.firstWords(before: steps[step].word), into: &words)
                    }
                } else {
                    index.fuzzy.words(near: query, signature: signature, among: index.fuzzy.children(of: node),
                                      into: &words)
                }
            }
            for word in words {
                follow(Step(word: word, affixes: affixes), from: node, at: position, start: start, fuzzy: true,
                       best: &best)
            }
        }
    }

    private mutating func follow(
        _ step: Step, from node: Int32, at position: Int, start: Int, fuzzy: Bool, best: inout Found?
    ) {
        if step.affixes.hasProclitics && position != start { return }
        guard let child = index.next(from: node, word: step.word) else { return }
        path.append(step.affixes)
        defer { path.removeLast() }
        for output in index.outputRange(of: child) {
            consider(index.outputs[output], end: position + 1, fuzzy: fuzzy, best: &best)
        }
        // A pronoun closes the term: nothing follows it.
        if step.affixes.ending != .pronoun {
            walk(node: child, at: position + 1, start: start, fuzzyUsed: fuzzy, best: &best)
        }
    }

    private func consider(_ output: TermIndex.Output, end: Int, fuzzy: Bool, best: inout Found?) {
        if fuzzy && path.count < 2 { return }
        var sameArticles = true
        var articleCount = 0
        var allWhole = true
        for (offset, affixes) in path.enumerated() {
            if affixes.hasArticle { articleCount += 1 }
            if affixes.hasArticle != index.articles[Int(output.articles) + offset] { sameArticles = false }
            if !affixes.isWholeWord { allWhole = false }
        }
        guard sameArticles || articleCount == 0 || articleCount == path.count else { return }
        let whole = sameArticles && allWhole
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

    /// The readings of word `position` that are glossary words, as indexes of `steps`.
    private mutating func steps(at position: Int) -> Range<Int> {
        if stepStarts[position] >= 0 {
            let start = Int(stepStarts[position])
            return start..<(start + Int(stepCounts[position]))
        }
        let token = tokens[position]
        let key = UnsafeBufferPointer(rebasing: keys[token.key])
        let taaMarbuta = endsInTaaMarbuta(token)
        let start = steps.count
        if memo?.recall(key, endsInTaaMarbuta: taaMarbuta, into: &steps) != true {
            hashes.reset(key)
            TokenReadings.forEachReading(of: key, kind: token.kind, endsInTaaMarbuta: taaMarbuta) { reading in
                if let word = index.word(reading, of: key, hashes: hashes, scratch: &scratch) {
                    steps.append(Step(word: word, affixes: reading.affixes))
                }
            }
            memo?.remember(steps[start...], for: key, endsInTaaMarbuta: taaMarbuta)
        }
        stepStarts[position] = Int32(start)
        stepCounts[position] = Int32(steps.count - start)
        return start..<steps.count
    }

    /// The readings of word `position` long enough to hide a typo, as indexes of `fuzzyReadings`.
    private mutating func fuzzyReadings(at position: Int) -> Range<Int> {
        if fuzzyStarts[position] >= 0 {
            let start = Int(fuzzyStarts[position])
            return start..<(start + Int(fuzzyCounts[position]))
        }
        let token = tokens[position]
        let key = UnsafeBufferPointer(rebasing: keys[token.key])
        let start = fuzzyReadings.count
        TokenReadings.forEachReading(of: key, kind: token.kind, endsInTaaMarbuta: endsInTaaMarbuta(token)) { reading in
            guard reading.stemLength >= TermIndex.fuzzyMinimumLength - 1 else { return }
            let first = fuzzyLetters.count
            fuzzyLetters.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: key[reading.stem]),
                                                   as: UTF8.self).unicodeScalars)
            if reading.restoresTaaMarbuta { fuzzyLetters[fuzzyLetters.count - 1] = "\u{0647}" }
            fuzzyReadings.append(FuzzyReading(
                affixes: reading.affixes, letters: first..<fuzzyLetters.count,
                signature: FuzzyIndex.signature(fuzzyLetters[first...])))
        }
        fuzzyStarts[position] = Int32(start)
        fuzzyCounts[position] = Int32(fuzzyReadings.count - start)
        return start..<fuzzyReadings.count
    }

    /// Whether the word ends in `ة` in the original text. Only a key ending in `ه` can: the
    /// matching key writes `ة` as `ه`.
    private mutating func endsInTaaMarbuta(_ token: SentenceTokens.Item) -> Bool {
        guard token.key.count >= 2, keys[token.key.upperBound - 2] == 0xD9, keys[token.key.upperBound - 1] == 0x87
        else { return false }
        decodeScalars()
        return TokenReadings.endsInTaaMarbuta(scalars, token.range)
    }

    private mutating func decodeScalars() {
        guard !decoded else { return }
        scalars = Array(text.unicodeScalars)
        decoded = true
    }
}
