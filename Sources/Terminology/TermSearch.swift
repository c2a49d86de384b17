import ArabicText

/// The search over one sentence: the leftmost-longest walk through the glossary's trie, with
/// each word's readings that meet the glossary computed once, when first needed.
///
/// Words are referred to by position; their keys stay bytes of the normalised sentence, and
/// their stems are looked up by byte slices of them. Everything else lives in a
/// `SearchWorkspace` reused from sentence to sentence.
///
/// - Complexity: O(n·d) look-ups for a sentence of n words and terms of at most d words.
struct TermSearch {
    typealias Step = SearchWorkspace.Step

    struct Found {
        var end: Int
        var output: TermIndex.Output
        var kind: TermMatch.Kind
        var score: Double
    }

    let index: TermIndex
    /// The memo's words while the search runs, nil without a memo.
    var memory: WordMemory?
    /// The buffers; `workspace.tokens` holds the sentence's tokens.
    var workspace = SearchWorkspace()
    /// The normalised sentence's bytes, which the tokens' keys index.
    private var keys = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// The sentence as given (UTF-8), for what the matching keys fold away.
    private var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// Where the taa marbuta check and the surfaces stand in `text`.
    private var taaMarbutaCursor = ScalarCursor()
    private var surfaceCursor = ScalarCursor()

    init(index: TermIndex) {
        self.index = index
    }

    /// Starts the search of a sentence whose UTF-8 is `text`, already read into
    /// `workspace.tokens`, whose normalised bytes are `keys`. Both must stay valid while it runs.
    mutating func start(keys: UnsafeBufferPointer<UInt8>, text: UnsafeBufferPointer<UInt8>) {
        self.keys = keys
        self.text = text
        taaMarbutaCursor = ScalarCursor()
        surfaceCursor = ScalarCursor()
        workspace.reset()
    }

    /// The longest (then best-scoring) form that starts at word `start`.
    mutating func longestMatch(from start: Int) -> Found? {
        var best: Found?
        walk(node: 0, at: start, start: start, fuzzyUsed: false, best: &best)
        return best
    }

    /// The original sentence's text at the scalar offsets `range`.
    mutating func surface(_ range: Range<Int>) -> String {
        let start = surfaceCursor.byteOffset(ofScalar: range.lowerBound, in: text)
        let end = surfaceCursor.byteOffset(ofScalar: range.upperBound, in: text)
        return String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }

    private mutating func walk(node: Int32, at position: Int, start: Int, fuzzyUsed: Bool, best: inout Found?) {
        guard position < workspace.tokens.count else { return }
        let found = steps(at: position)
        for step in found {
            follow(workspace.steps[step], from: node, at: position, start: start, fuzzy: fuzzyUsed, best: &best)
        }
        guard !fuzzyUsed, workspace.tokens[position].kind == .arabic else { return }
        // A word that continues the path as it is written is no typo.
        if found.contains(where: { child(of: workspace.steps[$0], from: node) != nil }) { return }
        // A typo is forgiven only inside a multi-word term: in the first word, when the next
        // word continues a term that starts with a word near it; in a later word, among the
        // words that may follow the path so far.
        var following = 0..<0
        if position == start {
            guard position + 1 < workspace.tokens.count else { return }
            following = steps(at: position + 1)
        }
        // The lists to look in: the first words before each reading of the next word, or the
        // children of the node; an empty list, or one where the memo knows this word finds
        // nothing, is skipped.
        let lists: FuzzyIndex.Lists = position == start ? .firstWords : .children
        let id = workspace.words[position].memoID
        func worthLooking(_ group: Int32) -> Bool {
            !index.fuzzy.isEmpty(lists, group)
                && !(id >= 0 && memory?.typoLookUpFoundNothing(word: id, lists: lists, group: group) == true)
        }
        // Most look-ups are known to find nothing: that is found out before anything is
        // allocated.
        if position == start {
            guard following.contains(where: { worthLooking(workspace.steps[$0].word) }) else { return }
        } else {
            guard worthLooking(node) else { return }
        }
        let groups = position == start ? following.map { workspace.steps[$0].word }.filter(worthLooking) : [node]
        var words: [Int32] = []
        var near: [Int32] = []
        var foundInGroup = [Bool](repeating: false, count: groups.count)
        for reading in fuzzyReadings(at: position) {
            words.removeAll(keepingCapacity: true)
            let fuzzyReading = workspace.fuzzyReadings[reading]
            workspace.fuzzyLetters.withUnsafeBufferPointer { letters in
                let query = UnsafeBufferPointer(rebasing: letters[fuzzyReading.letters])
                for (number, group) in groups.enumerated() {
                    near.removeAll(keepingCapacity: true)
                    index.fuzzy.words(near: query, signature: fuzzyReading.signature, in: lists, group: group, into: &near)
                    if !near.isEmpty { foundInGroup[number] = true }
                    for word in near where !words.contains(word) { words.append(word) }
                }
            }
            for word in words {
                let step = Step(word: word, affixes: fuzzyReading.affixes, rootChild: -1)
                follow(step, from: node, at: position, start: start, fuzzy: true, best: &best)
            }
        }
        if id >= 0 {
            for (number, group) in groups.enumerated() where !foundInGroup[number] {
                memory?.rememberTypoLookUpFoundNothing(word: id, lists: lists, group: group)
            }
        }
    }

    private mutating func follow(
        _ step: Step, from node: Int32, at position: Int, start: Int, fuzzy: Bool, best: inout Found?
    ) {
        if step.affixes.hasProclitics && position != start { return }
        guard let child = child(of: step, from: node) else { return }
        workspace.path.append(step.affixes)
        defer { workspace.path.removeLast() }
        for output in index.outputRange(of: child) {
            consider(index.outputs[output], end: position + 1, fuzzy: fuzzy, best: &best)
        }
        // A pronoun closes the term: nothing follows it.
        if step.affixes.ending != .pronoun {
            walk(node: child, at: position + 1, start: start, fuzzyUsed: fuzzy, best: &best)
        }
    }

    /// The node reached from `node` through the step's word, if any form goes that way.
    @inline(__always)
    private func child(of step: Step, from node: Int32) -> Int32? {
        guard node == 0, step.rootChild >= 0 else { return index.next(from: node, word: step.word) }
        return step.rootChild > 0 ? step.rootChild : nil
    }

    private func consider(_ output: TermIndex.Output, end: Int, fuzzy: Bool, best: inout Found?) {
        let path = workspace.path
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

    /// The readings of word `position` that are glossary words, as indexes of `workspace.steps`
    /// (its long readings are found on the way, for `fuzzyReadings(at:)`).
    private mutating func steps(at position: Int) -> Range<Int> {
        let known = workspace.words[position].steps
        if known.lowerBound >= 0 { return Int(known.lowerBound)..<Int(known.upperBound) }
        let token = workspace.tokens[position]
        let key = UnsafeBufferPointer(rebasing: keys[token.key])
        let taaMarbuta = endsInTaaMarbuta(token)
        let start = workspace.steps.count
        let longStart = workspace.longReadings.count
        var id = memory?.recall(
            key, endsInTaaMarbuta: taaMarbuta, into: &workspace.steps, longReadings: &workspace.longReadings)
        if id == nil {
            workspace.hashes.reset(key)
            let isArabic = token.kind == .arabic
            TokenReadings.forEachReading(
                of: key, kind: token.kind, endsInTaaMarbuta: taaMarbuta, cuts: &workspace.cuts
            ) { reading in
                if let word = index.word(reading, of: key, hashes: workspace.hashes, restored: &workspace.restored) {
                    workspace.steps.append(
                        Step(word: word, affixes: reading.affixes, rootChild: index.next(from: 0, word: word) ?? 0))
                }
                if isArabic, reading.stemLength >= TermIndex.fuzzyMinimumLength - 1 {
                    workspace.longReadings.append(SearchWorkspace.LongReading(
                        affixes: reading.affixes, stem: Int32(reading.stem.lowerBound)..<Int32(reading.stem.upperBound),
                        restoresTaaMarbuta: reading.restoresTaaMarbuta))
                }
            }
            id = memory?.remember(
                workspace.steps[start...], longReadings: workspace.longReadings[longStart...], for: key,
                endsInTaaMarbuta: taaMarbuta)
        }
        workspace.words[position].memoID = id ?? -1
        workspace.words[position].steps = Int32(start)..<Int32(workspace.steps.count)
        workspace.words[position].longReadings = Int32(longStart)..<Int32(workspace.longReadings.count)
        return start..<workspace.steps.count
    }

    /// The readings of word `position` long enough to hide a typo, with their letters, as
    /// indexes of `workspace.fuzzyReadings`.
    private mutating func fuzzyReadings(at position: Int) -> Range<Int> {
        let known = workspace.words[position].fuzzyReadings
        if known.lowerBound >= 0 { return Int(known.lowerBound)..<Int(known.upperBound) }
        let key = UnsafeBufferPointer(rebasing: keys[workspace.tokens[position].key])
        let start = workspace.fuzzyReadings.count
        _ = steps(at: position)  // finds the long readings
        for long in workspace.words[position].longReadings {
            let reading = workspace.longReadings[Int(long)]
            let first = workspace.fuzzyLetters.count
            var index = Int(reading.stem.lowerBound)
            while index < Int(reading.stem.upperBound) {
                let (value, length) = TokenReadings.decodeScalar(key, at: index)
                workspace.fuzzyLetters.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                index += length
            }
            if reading.restoresTaaMarbuta { workspace.fuzzyLetters[workspace.fuzzyLetters.count - 1] = "\u{0647}" }
            workspace.fuzzyReadings.append(SearchWorkspace.FuzzyReading(
                affixes: reading.affixes, letters: first..<workspace.fuzzyLetters.count,
                signature: FuzzyIndex.signature(workspace.fuzzyLetters[first...])))
        }
        workspace.words[position].fuzzyReadings = Int32(start)..<Int32(workspace.fuzzyReadings.count)
        return start..<workspace.fuzzyReadings.count
    }

    /// Whether the word ends in `ة` in the original text (diacritics after it aside). Only a
    /// key ending in `ه` can: the matching key writes `ة` as `ه`.
    private mutating func endsInTaaMarbuta(_ token: SentenceTokens.Item) -> Bool {
        guard token.key.count >= 2, keys[token.key.upperBound - 2] == 0xD9, keys[token.key.upperBound - 1] == 0x87
        else { return false }
        var index = taaMarbutaCursor.byteOffset(ofScalar: token.range.upperBound, in: text)
        for _ in token.range {
            // One scalar back.
            index -= 1
            while text[index] & 0xC0 == 0x80 { index -= 1 }
            let value = TokenReadings.decodeScalar(text, at: index).value
            if (0x064B...0x065F).contains(value) || value == 0x0670 || value == 0x0640 { continue }
            return value == 0x0629
        }
        return false
    }
}

/// A place in UTF-8 text, in scalars and in bytes, that moves forward to the scalar offsets
/// asked for (a search asks for them nearly always in order).
struct ScalarCursor {
    private var scalar = 0
    private var byte = 0

    /// The byte offset in `text` of scalar `target` (the byte count for the scalar count).
    ///
    /// - Complexity: O(distance from the previous offset asked for), O(target) going back.
    mutating func byteOffset(ofScalar target: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        if target < scalar { (scalar, byte) = (0, 0) }
        while scalar < target {
            byte += 1
            while byte < text.count, text[byte] & 0xC0 == 0x80 { byte += 1 }
            scalar += 1
        }
        return byte
    }
}
