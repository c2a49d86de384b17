import ArabicText

extension FuzzyIndex {
    /// Collects the candidates while a glossary is compiled, in the order the forms give them.
    struct Builder {
        private var letters: [Unicode.Scalar] = []
        /// Where each word's letters start in `letters` (-1: not stored yet).
        private var letterStarts: [Int32] = []
        private var firstWordsBefore: [(group: Int32, candidate: CandidateLists.Candidate)] = []
        private var fuzzyChildren: [(group: Int32, candidate: CandidateLists.Candidate)] = []
        /// The (second, first) pairs already listed.
        private var pairs = EdgeTable()
        /// The first word of the current form, if a typo in it may be forgiven.
        private var first: CandidateLists.Candidate?

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

        private mutating func candidate(_ word: Int32, _ stem: UnsafeBufferPointer<UInt8>) -> CandidateLists.Candidate {
            while letterStarts.count <= Int(word) { letterStarts.append(-1) }
            if letterStarts[Int(word)] < 0 {
                letterStarts[Int(word)] = Int32(letters.count)
                letters.append(contentsOf: String(decoding: stem, as: UTF8.self).unicodeScalars)
            }
            let start = Int(letterStarts[Int(word)])
            let spelling = letters[start..<start + TokenReadings.scalarCount(stem)]
            return CandidateLists.Candidate(
                word: word, start: Int32(start), count: Int32(spelling.count), order: 0,
                first: UInt16(truncatingIfNeeded: spelling.first?.value ?? 0),
                last: UInt16(truncatingIfNeeded: spelling.last?.value ?? 0), signature: FuzzyIndex.signature(spelling))
        }

        /// The index, with every list grouped by its word or node.
        func finish(wordCount: Int, nodeCount: Int) -> FuzzyIndex {
            FuzzyIndex(
                letters: Table(letters), firstWords: CandidateLists(firstWordsBefore, groups: wordCount),
                children: CandidateLists(fuzzyChildren, groups: nodeCount))
        }
    }
}
