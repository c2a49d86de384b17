import ArabicText

/// The glossary compiled for matching: every Arabic form as a path of word ids in a trie, with
/// what the one-edit fuzzy match needs (the letters of long words, the first words before each
/// second word, the children of each node).
///
/// - Complexity: building is O(total length of all forms); memory grows with the glossary.
struct TermIndex: Sendable {
    /// A glossary form that ends at a trie node.
    struct Output: Sendable {
        var concept: Int32
        /// 0 for the preferred Arabic form, then the variants in order.
        var form: Int32
        /// Which words of the form carry the article.
        var articles: [Bool]
    }

    /// Word stems (article removed) to their ids.
    private(set) var words: [String: Int32] = [:]
    /// Trie edges: `node << 32 | word` to the child node.
    private(set) var edges: [UInt64: Int32] = [:]
    /// The forms ending at each node.
    private(set) var outputs: [[Output]] = [[]]
    /// For each word that stands second in some form, the fuzzy-eligible words that stand first
    /// before it: a typo in a term's first word is looked for only among these.
    private(set) var firstWordsBefore: [Int32: [FuzzyWord]] = [:]
    /// The fuzzy-eligible children of each node past the root, for a typo in a later word.
    private(set) var fuzzyChildren: [Int32: [FuzzyWord]] = [:]
    /// The letters of each fuzzy-eligible word (five letters or more, in a multi-word form).
    private(set) var fuzzyLetters: [Int32: [Unicode.Scalar]] = [:]

    /// The fewest letters a word needs before a typo in it is forgiven.
    static let fuzzyMinimumLength = 5

    init(concepts: [Concept], tokenizer: Tokenizer) {
        for (conceptIndex, concept) in concepts.enumerated() {
            for (formIndex, form) in concept.arabicForms.enumerated() {
                let tokens = TokenReadings.matchingTokens(tokenizer.tokens(in: form))
                guard !tokens.isEmpty else { continue }
                var node: Int32 = 0
                var articles: [Bool] = []
                var first: Int32 = 0
                for (position, token) in tokens.enumerated() {
                    let (stem, hasArticle) = TokenReadings.termWord(token)
                    let word = id(of: stem)
                    let letters = Array(stem.unicodeScalars)
                    if tokens.count > 1, token.kind == .arabic, letters.count >= Self.fuzzyMinimumLength {
                        fuzzyLetters[word] = letters
                    }
                    if position == 0 { first = word }
                    if position == 1, let letters = fuzzyLetters[first],
                        firstWordsBefore[word]?.contains(where: { $0.word == first }) != true
                    {
                        firstWordsBefore[word, default: []].append(FuzzyWord(word: first, letters: letters))
                    }
                    let parent = node
                    node = child(of: node, word: word)
                    if parent != 0, letters.count >= Self.fuzzyMinimumLength, token.kind == .arabic,
                        fuzzyChildren[parent]?.contains(where: { $0.word == word }) != true
                    {
                        fuzzyChildren[parent, default: []].append(FuzzyWord(word: word, letters: letters))
                    }
                    articles.append(hasArticle)
                }
                let output = Output(concept: Int32(conceptIndex), form: Int32(formIndex), articles: articles)
                // One concept listing the same form twice gives one output.
                if !outputs[Int(node)].contains(where: { $0.concept == output.concept && $0.articles == articles }) {
                    outputs[Int(node)].append(output)
                }
            }
        }
    }

    /// The id of a word stem, or nil when no form contains it.
    func word(_ stem: String) -> Int32? { words[stem] }

    /// The node reached from `node` through `word`, if any form goes that way.
    @inline(__always)
    func next(from node: Int32, word: Int32) -> Int32? {
        edges[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))]
    }

    /// A word a typo may stand for, with its letters at hand.
    struct FuzzyWord: Sendable {
        var word: Int32
        var letters: [Unicode.Scalar]
    }

    /// The words among `candidates` within one edit (insertion, deletion, substitution or swap
    /// of neighbours) of `letters`, but not equal to it.
    static func fuzzyWords(near letters: [Unicode.Scalar], among candidates: [FuzzyWord], into found: inout [Int32]) {
        guard letters.count >= fuzzyMinimumLength - 1 else { return }
        for candidate in candidates where abs(candidate.letters.count - letters.count) <= 1 {
            if candidate.letters != letters, EditDistance.isWithinOneEdit(letters, candidate.letters),
                !found.contains(candidate.word)
            {
                found.append(candidate.word)
            }
        }
    }

    private mutating func id(of stem: String) -> Int32 {
        if let id = words[stem] { return id }
        let id = Int32(words.count)
        words[stem] = id
        return id
    }

    private mutating func child(of node: Int32, word: Int32) -> Int32 {
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
        if let child = edges[key] { return child }
        let child = Int32(outputs.count)
        outputs.append([])
        edges[key] = child
        return child
    }
}

/// Edit distance for typo tolerance.
enum EditDistance {
    /// Whether `a` becomes `b` by at most one insertion, deletion, substitution or swap of two
    /// neighbouring letters (optimal string alignment distance ≤ 1).
    ///
    /// - Complexity: O(n).
    static func isWithinOneEdit<T: Equatable>(_ a: [T], _ b: [T]) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        if prefix == a.count && prefix == b.count { return true }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
            a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
        {
            suffix += 1
        }
        let restA = a.count - prefix - suffix
        let restB = b.count - prefix - suffix
        if restA <= 1 && restB <= 1 { return true }  // one substitution, insertion or deletion
        // A swap of two neighbours: ab ↔ ba.
        return restA == 2 && restB == 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
    }
}
