/// What the one-edit (typo) match needs from the glossary: for each word that stands second in
/// a form, the long words that stand first before it; for each trie node past the root, its
/// long children. A typo is looked for only among these.
///
/// A query looks only at candidates of its length give or take one, that begin with its first
/// letter or end with its last (one edit never changes both ends of a word of three letters
/// or more), and skips those whose set of letters differs from its own by more than one
/// letter either way; the rest are compared letter by letter. What is found comes out in the
/// order the glossary listed it.
///
/// An immutable class, like `TermIndex`: the search reads it on nearly every word, and a
/// struct of a dozen arrays would cost a dozen retains each time it is passed.
///
/// - Complexity: memory O(total length of the forms).
final class FuzzyIndex: Sendable {
    /// The letters of every candidate word, one after another.
    let letters: Table<Unicode.Scalar>
    /// The candidates before each second word, by word id.
    let firstWords: CandidateLists
    /// The candidates after each node, by node.
    let children: CandidateLists

    init(letters: Table<Unicode.Scalar>, firstWords: CandidateLists, children: CandidateLists) {
        self.letters = letters
        self.firstWords = firstWords
        self.children = children
    }

    /// The set of letters of a word, one bit per letter: U+0621...U+064A fall on distinct bits.
    @inline(__always)
    static func signature(_ letters: some Sequence<Unicode.Scalar>) -> UInt64 {
        var signature: UInt64 = 0
        for letter in letters { signature |= 1 << UInt64(letter.value & 63) }
        return signature
    }

    /// The candidate lists a query looks in.
    enum Lists {
        /// `firstWords`: the long first words before a second word.
        case firstWords
        /// `children`: the long words after a node.
        case children
    }

    /// Appends to `found` the words of list `group` of `lists` within one edit (insertion,
    /// deletion, substitution or swap of neighbours) of `query`, but not equal to it, in the
    /// list's order and each once.
    ///
    /// - Complexity: O(1) for each candidate of a near length with the same first or last
    ///   letter, plus O(n) for each whose letter set is near the query's.
    func words(
        near query: UnsafeBufferPointer<Unicode.Scalar>, signature: UInt64, in lists: Lists, group: Int32,
        into found: inout [Int32]
    ) {
        guard query.count >= TermIndex.fuzzyMinimumLength - 1, let firstLetter = query.first,
            let lastLetter = query.last, !isEmpty(lists, group)
        else { return }
        let first = UInt16(truncatingIfNeeded: firstLetter.value)
        let last = UInt16(truncatingIfNeeded: lastLetter.value)
        var near: [(order: Int32, word: Int32)] = []
        letters.withUnsafeBufferPointer { letters in
            func check(_ candidate: CandidateLists.Candidate) {
                guard (signature & ~candidate.signature).nonzeroBitCount <= 1,
                    (candidate.signature & ~signature).nonzeroBitCount <= 1
                else { return }
                let word = UnsafeBufferPointer(
                    rebasing: letters[Int(candidate.start)..<Int(candidate.start) + Int(candidate.count)])
                if !word.elementsEqual(query), EditDistance.isWithinOneEdit(query, word) {
                    near.append((candidate.order, candidate.word))
                }
            }
            // Each list called where it is stored: passed as a value, a list costs six retains.
            switch lists {
            case .firstWords: firstWords.forEachCandidate(in: group, near: query.count, first: first, last: last, check)
            case .children: children.forEachCandidate(in: group, near: query.count, first: first, last: last, check)
            }
        }
        near.sort { $0.order < $1.order }
        for (_, word) in near where !found.contains(word) { found.append(word) }
    }
}

extension FuzzyIndex {
    /// Whether list `group` of `lists` is empty.
    @inline(__always)
    func isEmpty(_ lists: Lists, _ group: Int32) -> Bool {
        switch lists {
        case .firstWords: firstWords.isEmpty(group)
        case .children: children.isEmpty(group)
        }
    }

    /// Writes the index as `init(reading:)` reads it back (see `CompiledGlossary`).
    func write(to writer: inout CompiledFormWriter) {
        writer.write(table: letters)
        firstWords.write(to: &writer)
        children.write(to: &writer)
    }

    /// Reads an index written by `write(to:)` for a glossary of `words` word stems.
    convenience init(reading reader: inout CompiledFormReader, words: Int) throws(CompiledGlossaryError) {
        let letters: Table<Unicode.Scalar> = try reader.readTable()
        self.init(
            letters: letters, firstWords: try CandidateLists(reading: &reader, letters: letters.count, words: words),
            children: try CandidateLists(reading: &reader, letters: letters.count, words: words))
    }
}
