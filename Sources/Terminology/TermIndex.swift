import ArabicText

/// The glossary compiled for matching: every Arabic form as a path of word ids in a trie, with
/// what the one-edit fuzzy match needs (the letters of long words, the first words before each
/// second word, the children of each node).
///
/// Words are kept as UTF-8 bytes in a `WordTable` and edges in an `EdgeTable`, so that a
/// look-up neither allocates nor hashes a `String`. The index is an immutable class: the
/// search holds it and reads its tables on every word, and a reference costs one retain where
/// a struct of a dozen arrays costs a dozen.
///
/// - Complexity: building is O(total length of all forms); memory grows with the glossary.
final class TermIndex: Sendable {
    /// A glossary form that ends at a trie node.
    struct Output: Sendable {
        var concept: Int32
        /// 0 for the preferred Arabic form, then the variants in order.
        var form: Int32
        /// Where the form's article flags (one per word: does it carry `ال`?) start in `articles`.
        var articles: Int32
    }

    /// Word stems (article removed), numbered in order of appearance.
    let words: WordTable
    /// The same words in a Bloom filter, asked first.
    let wordFilter: WordFilter
    /// Trie edges: `node << 32 | word` to the child node.
    let edges: EdgeTable
    /// The forms ending at each node: `outputs[outputStarts[node]..<outputStarts[node + 1]]`.
    let outputs: Table<Output>
    let outputStarts: Table<Int32>
    /// For each output, whether each word of its form carries the article.
    let articles: [Bool]
    /// The fuzzy-matching lists, by word and by node.
    let fuzzy: FuzzyIndex

    /// The fewest letters a word needs before a typo in it is forgiven.
    static let fuzzyMinimumLength = 5

    convenience init(concepts: [Concept], tokenizer: Tokenizer) {
        var builder = Builder(tokenizer: tokenizer, expectedWords: concepts.count)
        for (conceptIndex, concept) in concepts.enumerated() {
            builder.add(concept, index: Int32(conceptIndex))
        }
        let (outputs, outputStarts) = builder.groupedOutputs()
        var wordFilter = WordFilter(capacity: builder.words.count)
        for word in 0..<builder.words.count {
            wordFilter.insert(mixed: KeyHash.mix(builder.words.withBytes(of: word) { KeyHash.hash($0) }))
        }
        self.init(
            words: builder.words, wordFilter: wordFilter, edges: builder.edges, outputs: Table(outputs),
            outputStarts: Table(outputStarts), articles: builder.articles,
            fuzzy: builder.fuzzy.finish(wordCount: builder.words.count, nodeCount: builder.nodeCount))
    }

    private init(
        words: WordTable, wordFilter: WordFilter, edges: EdgeTable, outputs: Table<Output>, outputStarts: Table<Int32>,
        articles: [Bool], fuzzy: FuzzyIndex
    ) {
        self.words = words
        self.wordFilter = wordFilter
        self.edges = edges
        self.outputs = outputs
        self.outputStarts = outputStarts
        self.articles = articles
        self.fuzzy = fuzzy
    }

    /// The id of the stem that is `key[stem]` (with its last letter read as `ه` when
    /// `restoresTaaMarbuta`, spelt out in `restored`), or nil when no form contains it.
    ///
    /// - Complexity: O(length of the stem).
    @inline(__always)
    func word(_ reading: TokenReading, of key: UnsafeBufferPointer<UInt8>, hashes: KeyHash.Prefixes,
              restored: inout [UInt8]) -> Int32? {
        let id: Int?
        if reading.restoresTaaMarbuta {
            // The stem ends in ت (two bytes) where the glossary writes ة, a key's ه (two bytes).
            restored.removeAll(keepingCapacity: true)
            restored.append(contentsOf: key[reading.stem.dropLast(2)])
            restored.append(contentsOf: [0xD9, 0x87])
            id = restored.withUnsafeBufferPointer { stem in
                let mixed = KeyHash.mix(KeyHash.hash(stem))
                return wordFilter.mayContain(mixed: mixed) ? words.find(stem, mixed: mixed) : nil
            }
        } else {
            let mixed = KeyHash.mix(hashes.hash(of: reading.stem))
            guard wordFilter.mayContain(mixed: mixed) else { return nil }
            id = words.find(UnsafeBufferPointer(rebasing: key[reading.stem]), mixed: mixed)
        }
        return id.map { Int32(truncatingIfNeeded: $0) }
    }

    /// The node reached from `node` through `word`, if any form goes that way.
    @inline(__always)
    func next(from node: Int32, word: Int32) -> Int32? {
        edges[EdgeTable.key(node, word)]
    }

    /// The outputs of `node`, as a range of `outputs`.
    @inline(__always)
    func outputRange(of node: Int32) -> Range<Int> {
        Int(outputStarts[Int(node)])..<Int(outputStarts[Int(node) + 1])
    }

    /// Compiles concepts one after another into the index's tables.
    private struct Builder {
        let tokenizer: Tokenizer
        var words: WordTable
        var edges = EdgeTable()
        var articles: [Bool] = []
        /// The outputs as (node, output) in the order they were found; grouped by node at the end.
        var found: [(node: Int32, output: Output)] = []
        var nodeCount = 1
        var fuzzy = FuzzyIndex.Builder()
        var tokens = SentenceTokens()

        /// `expectedWords` sizes the word table (it grows past it when it must): a table sized
        /// for a large glossary is megabytes of memory to clear for an empty or small one.
        init(tokenizer: Tokenizer, expectedWords: Int) {
            self.tokenizer = tokenizer
            self.words = WordTable(minimumCapacity: max(16, expectedWords))
        }

        mutating func add(_ concept: Concept, index conceptIndex: Int32) {
            // Outputs of this concept so far (node, articles): one form listed twice gives one output.
            var added: [(node: Int32, articles: Int32)] = []
            for (formIndex, form) in concept.arabicForms.enumerated() {
                tokens.read(form, tokenizer: tokenizer)
                guard !tokens.isEmpty else { continue }
                var node: Int32 = 0
                let articlesStart = Int32(articles.count)
                let keyBytes = tokens.keys
                keyBytes.withUnsafeBufferPointer { keys in
                    for position in tokens.indices {
                        let token = tokens[position]
                        let key = UnsafeBufferPointer(rebasing: keys[token.key])
                        let (stem, hasArticle) = TokenReadings.termWord(key, kind: token.kind)
                        let stemBytes = UnsafeBufferPointer(rebasing: key[stem])
                        let word = Int32(words.insert(stemBytes, hash: KeyHash.hash(stemBytes)).id)
                        let parent = node
                        let (child, isNew) = edges.insert(Int32(nodeCount), for: EdgeTable.key(node, word))
                        if isNew { nodeCount += 1 }
                        node = child
                        fuzzy.add(word, letters: stemBytes, kind: token.kind, position: position,
                                  formLength: tokens.count, parent: parent, newEdge: isNew)
                        articles.append(hasArticle)
                    }
                }
                let flags = articles[Int(articlesStart)...]
                let isRepeated = added.contains {
                    $0.node == node && articles[Int($0.articles)...].prefix(flags.count) == flags
                }
                if isRepeated {
                    articles.removeLast(flags.count)
                    continue
                }
                added.append((node, articlesStart))
                found.append((node, Output(concept: conceptIndex, form: Int32(formIndex), articles: articlesStart)))
            }
        }

        /// The outputs grouped by node, keeping their order: `outputs[starts[n]..<starts[n + 1]]`.
        func groupedOutputs() -> (outputs: [Output], starts: [Int32]) {
            var starts = [Int32](repeating: 0, count: nodeCount + 1)
            for entry in found { starts[Int(entry.node) + 1] += 1 }
            for node in 0..<nodeCount { starts[node + 1] += starts[node] }
            var next = starts
            var outputs = [Output](repeating: Output(concept: 0, form: 0, articles: 0), count: found.count)
            for entry in found {
                outputs[Int(next[Int(entry.node)])] = entry.output
                next[Int(entry.node)] += 1
            }
            return (outputs, starts)
        }
    }
}

extension TermIndex {
    /// Writes the index as `init(reading:concepts:)` reads it back (see `CompiledGlossary`).
    func write(to writer: inout CompiledFormWriter) {
        words.write(to: &writer)
        wordFilter.write(to: &writer)
        edges.write(to: &writer)
        writer.write(table: outputs)
        writer.write(table: outputStarts)
        writer.write(array: articles.map { $0 ? UInt8(1) : 0 })
        fuzzy.write(to: &writer)
    }

    /// Reads an index written by `write(to:)`, checking that every position it holds points
    /// inside its tables, so that matching can trust them; what points into the glossary's
    /// concepts is checked by `checkOutputs(against:)`.
    convenience init(reading reader: inout CompiledFormReader) throws(CompiledGlossaryError) {
        let words = try WordTable(reading: &reader)
        let wordFilter = try WordFilter(reading: &reader)
        let edges = try EdgeTable(reading: &reader)
        let outputs: Table<Output> = try reader.readTable()
        let outputStarts: Table<Int32> = try reader.readTable()
        let flags: [UInt8] = try reader.readArray()
        guard flags.allSatisfy({ $0 <= 1 }) else { throw .malformed("an article flag is neither 0 nor 1") }
        let articles = flags.map { $0 == 1 }
        let fuzzy = try FuzzyIndex(reading: &reader, words: words.count)
        // Nodes are numbered as they are made: a parent before its children, the root 0. The
        // depth of a node is the number of words of the forms that end there.
        let nodes = outputStarts.count - 1
        guard nodes >= 1, outputStarts.first == 0, outputStarts.last.map(Int.init) == outputs.count,
            zip(outputStarts, outputStarts.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw .malformed("the term index's outputs are inconsistent") }
        var parent = [Int32](repeating: -1, count: nodes)
        guard edges.allEntries({ key, child in
            let from = Int32(truncatingIfNeeded: key >> 32)
            guard child > 0, Int(child) < nodes, from >= 0, from < child, parent[Int(child)] < 0 else { return false }
            parent[Int(child)] = from
            return true
        }) else { throw .malformed("the term index's trie is inconsistent") }
        var depth = [Int](repeating: 0, count: nodes)
        for node in 1..<max(nodes, 1) where parent[node] >= 0 { depth[node] = depth[Int(parent[node])] + 1 }
        for node in 0..<nodes {
            for output in outputs[Int(outputStarts[node])..<Int(outputStarts[node + 1])] {
                guard output.articles >= 0, Int(output.articles) + depth[node] <= articles.count
                else { throw .malformed("a term's article flags lie outside the index") }
            }
        }
        self.init(
            words: words, wordFilter: wordFilter, edges: edges, outputs: outputs, outputStarts: outputStarts,
            articles: articles, fuzzy: fuzzy)
    }

    /// Checks that every output of an index read back names one of `concepts` and one of its
    /// Arabic forms.
    func checkOutputs(against concepts: ConceptTable) throws(CompiledGlossaryError) {
        guard outputs.allSatisfy({ output in
            output.concept >= 0 && Int(output.concept) < concepts.count && output.form >= 0
                && Int(output.form) <= concepts.arabicVariantCount(at: Int(output.concept))
        }) else { throw .malformed("a term points outside the glossary") }
    }
}
