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
/// Words are handled as bytes of the normalised sentence: their readings are byte ranges
/// (`CliticAnalyzer.cuts(ofKey:into:)`) looked up in byte-keyed tables, so matching builds no
/// `String` per word and, with a memo, allocates next to nothing per sentence.
///
/// - Complexity: building is O(total length of the glossary's forms); matching is O(n·d) for a
///   sentence of n words and terms of at most d words, independent of the glossary's size.
public struct TermMatcher: Sendable {
    /// The glossary, in the order `TermMatch.conceptIndex` refers to (read back from a compiled
    /// glossary, decoded the first time it is asked for).
    public var concepts: [Concept] { table.all }
    /// The number of concepts, without decoding them.
    public var conceptCount: Int { table.count }
    let table: ConceptTable
    let index: TermIndex
    let tokenizer = Tokenizer()

    public init(concepts: [Concept]) {
        self.table = ConceptTable(concepts)
        self.index = TermIndex(concepts: concepts, tokenizer: tokenizer)
    }

    /// A matcher over `concepts` whose index was compiled before (`CompiledGlossary`).
    init(concepts: ConceptTable, index: TermIndex) {
        self.table = concepts
        self.index = index
    }

    /// The terms of `text`, sorted by position, never overlapping.
    public func matches(in text: String) -> [TermMatch] {
        matches(in: text, memo: nil)
    }

    /// The terms of `text`, remembering in `memo` how its words meet the glossary, so that the
    /// next sentences of a document reuse the work (news repeats its words).
    public func matches(in text: String, memo: TermMatchMemo?) -> [TermMatch] {
        guard table.count > 0 else { return [] }
        // The memo's words and buffers move into the search and back by swaps: a copy would
        // share them, and the search would then copy them again on its first write.
        var search = TermSearch(index: index)
        if let memo {
            swap(&search.workspace, &memo.workspace)
            swap(&search.memory, &memo.words)
        }
        defer {
            if let memo {
                swap(&search.workspace, &memo.workspace)
                swap(&search.memory, &memo.words)
            }
        }
        search.workspace.tokens.read(text, tokenizer: tokenizer)
        let count = search.workspace.tokens.count
        guard count > 0 else { return [] }
        let keyBytes = search.workspace.tokens.keys
        var text = text
        return keyBytes.withUnsafeBufferPointer { keys in text.withUTF8 { text in
            search.start(keys: keys, text: text)
            var matches: [TermMatch] = []
            var position = 0
            while position < count {
                guard let found = search.longestMatch(from: position) else {
                    position += 1
                    continue
                }
                let range = search.workspace.tokens[position].range.lowerBound
                    ..< search.workspace.tokens[found.end - 1].range.upperBound
                let concept = Int(found.output.concept)
                matches.append(TermMatch(
                    conceptIndex: concept, english: table.english(at: concept),
                    arabic: table.arabic(at: concept, form: Int(found.output.form)),
                    surface: search.surface(range), range: range, kind: found.kind, score: found.score))
                position = found.end
            }
            return matches
        } }
    }
}
