import ArabicText

/// What the one-edit (typo) match needs from the glossary: for each word that stands second in
/// a form, the long words that stand first before it; for each trie node past the root, its
/// long children. A typo is looked for only among these.
///
/// Each list is sorted by word length (a typo changes the length by one at most), and each
/// candidate carries a 64-bit set of its letters, so that most candidates are ruled out
/// before their letters are compared; its place in the list as the glossary gave it decides
/// the order of what is found.
///
/// - Complexity: memory O(total length of the forms).
struct FuzzyIndex: Sendable {
    /// A word a typo may stand for, with what rules it out quickly.
    struct Candidate: Sendable {
        var word: Int32
        /// Where its letters start in `letters`.
        var start: Int32
        var count: Int32
        /// Its place in its list in the order the glossary gave it.
        var order: Int32
        var signature: UInt64
    }

    /// The letters of every candidate word, one after another.
    private(set) var letters: [Unicode.Scalar] = []
    /// `firsts[firstStarts[word]..<firstStarts[word + 1]]`: the candidates before `word`.
    private var firstStarts: [Int32] = [0]
    private var firsts: [Candidate] = []
    /// `children[childStarts[node]..<childStarts[node + 1]]`: the candidates after `node`.
    private var childStarts: [Int32] = [0]
    private var children: [Candidate] = []

    /// The candidates for a typo in a term's first word, when `word` follows it.
    @inline(__always)
    func firstWords(before word: Int32) -> ArraySlice<Candidate> {
        let index = Int(word)
        guard index + 1 < firstStarts.count else { return [] }
        return firsts[Int(firstStarts[index])..<Int(firstStarts[index + 1])]
    }

    /// Whether some word before `word` may hide a typo.
    @inline(__always)
    func hasFirstWords(before word: Int32) -> Bool {
        let index = Int(word)
        return index + 1 < firstStarts.count && firstStarts[index] < firstStarts[index + 1]
    }

    /// Whether some child of `node` may hide a typo.
    @inline(__always)
    func hasChildren(_ node: Int32) -> Bool {
        let index = Int(node)
        return index + 1 < childStarts.count && childStarts[index] < childStarts[index + 1]
    }

    /// The candidates for a typo in a later word of a term, after the path that reached `node`.
    @inline(__always)
    func children(of node: Int32) -> ArraySlice<Candidate> {
        let index = Int(node)
        guard index + 1 < childStarts.count else { return [] }
        return children[Int(childStarts[index])..<Int(childStarts[index + 1])]
    }

    /// The set of letters of a word, one bit per letter: U+0621...U+064A fall on distinct bits.
    @inline(__always)
    static func signature(_ letters: some Sequence<Unicode.Scalar>) -> UInt64 {
        var signature: UInt64 = 0
        for letter in letters { signature |= 1 << UInt64(letter.value & 63) }
        return signature
    }

    /// Appends to `found` the words among `candidates` (one list) within one edit (insertion,
    /// deletion, substitution or swap of neighbours) of `query`, but not equal to it, in the
    /// list's order and each once.
    ///
    /// Two words one edit apart have at most one letter each that the other lacks, so a
    /// candidate whose letter set differs more is skipped before its letters are compared.
    ///
    /// - Complexity: O(log c + m) for a list of c candidates, m of which have a length within
    ///   one of the query's, plus O(n) for each that passes the letter check.
    func words(
        near query: UnsafeBufferPointer<Unicode.Scalar>, signature: UInt64, among candidates: ArraySlice<Candidate>,
        into found: inout [Int32]
    ) {
        guard query.count >= TermIndex.fuzzyMinimumLength - 1, !candidates.isEmpty else { return }
        // The first candidate one letter shorter than the query, or longer.
        var low = candidates.startIndex
        var high = candidates.endIndex
        while low < high {
            let middle = (low + high) / 2
            if Int(candidates[middle].count) < query.count - 1 { low = middle + 1 } else { high = middle }
        }
        var near: [(order: Int32, word: Int32)] = []
        letters.withUnsafeBufferPointer { letters in
            for candidate in candidates[low...] {
                if Int(candidate.count) > query.count + 1 { break }
                guard (signature & ~candidate.signature).nonzeroBitCount <= 1,
                    (candidate.signature & ~signature).nonzeroBitCount <= 1
                else { continue }
                let word = UnsafeBufferPointer(
                    rebasing: letters[Int(candidate.start)..<Int(candidate.start + candidate.count)])
                if !word.elementsEqual(query), EditDistance.isWithinOneEdit(query, word) {
                    near.append((candidate.order, candidate.word))
                }
            }
        }
        near.sort { $0.order < $1.order }
        for (_, word) in near where !found.contains(word) { found.append(word) }
    }

    /// Collects the candidates while a glossary is compiled, in the order the forms give them.
    struct Builder {
        private var index = FuzzyIndex()
        /// Where each word's letters start in `index.letters` (-1: not stored yet).
        private var letterStarts: [Int32] = []
        private var firstWordsBefore: [(second: Int32, candidate: Candidate)] = []
        private var fuzzyChildren: [(node: Int32, candidate: Candidate)] = []
        /// The (second, first) pairs already listed.
        private var pairs = EdgeTable()
        /// The first word of the current form, if a typo in it may be forgiven.
        private var first: Candidate?

        /// Records word `word` (stem bytes `stem`) at `position` of a form of `formLength`
        /// words, reached from `parent` through an edge that is new or not.
        mutating func add(
            _ word: Int32, letters stem: UnsafeBufferPointer<UInt8>, kind: Token.Kind, position: Int, formLength: Int,
            parent: Int32, newEdge: Bool
        ) {
            // A typo is forgiven in Arabic words of five letters or more, in multi-word forms only.
            let eligible = kind == .arabic && TokenReadings.scalarCount(stem) >= TermIndex.fuzzyMinimumLength
            if position == 0 {
                first = eligible && formLength > 1 ? candidate(word, stem) : nil
            } else if position == 1, let first, pairs.insert(0, for: EdgeTable.key(word, first.word)).inserted {
                firstWordsBefore.append((word, first))
            }
            if parent != 0, newEdge, eligible {
                fuzzyChildren.append((parent, candidate(word, stem)))
            }
        }

        private mutating func candidate(_ word: Int32, _ stem: UnsafeBufferPointer<UInt8>) -> Candidate {
            while letterStarts.count <= Int(word) { letterStarts.append(-1) }
            if letterStarts[Int(word)] < 0 {
                letterStarts[Int(word)] = Int32(index.letters.count)
                index.letters.append(contentsOf: String(decoding: stem, as: UTF8.self).unicodeScalars)
            }
            let start = Int(letterStarts[Int(word)])
            let count = TokenReadings.scalarCount(stem)
            return Candidate(word: word, start: Int32(start), count: Int32(count), order: 0,
                             signature: FuzzyIndex.signature(index.letters[start..<start + count]))
        }

        /// The index, with every list grouped by its word or node.
        func finish(wordCount: Int, nodeCount: Int) -> FuzzyIndex {
            var index = index
            (index.firstStarts, index.firsts) = Self.grouped(firstWordsBefore.map { ($0.second, $0.candidate) },
                                                             groups: wordCount)
            (index.childStarts, index.children) = Self.grouped(fuzzyChildren.map { ($0.node, $0.candidate) },
                                                               groups: nodeCount)
            return index
        }

        /// Sorts `items` by group (a counting sort), numbering each group's candidates in the
        /// order given, then sorts each group by length.
        private static func grouped(_ items: [(Int32, Candidate)], groups: Int) -> ([Int32], [Candidate]) {
            var starts = [Int32](repeating: 0, count: groups + 1)
            for (group, _) in items { starts[Int(group) + 1] += 1 }
            for group in 0..<groups { starts[group + 1] += starts[group] }
            var next = starts
            let empty = Candidate(word: 0, start: 0, count: 0, order: 0, signature: 0)
            var sorted = [Candidate](repeating: empty, count: items.count)
            for (group, candidate) in items {
                var candidate = candidate
                candidate.order = next[Int(group)] - starts[Int(group)]
                sorted[Int(next[Int(group)])] = candidate
                next[Int(group)] += 1
            }
            for group in 0..<groups where starts[group + 1] - starts[group] > 1 {
                sorted[Int(starts[group])..<Int(starts[group + 1])].sort { ($0.count, $0.order) < ($1.count, $1.order) }
            }
            return (starts, sorted)
        }
    }
}
