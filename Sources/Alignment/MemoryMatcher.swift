import ArabicText
import Terminology

/// The fuzzy-match percentage of a translation-memory segment against a query, as CAT tools
/// show it, with the differing tokens marked.
///
/// ```swift
/// MemoryMatcher.match(query: "وصل الوفد بالعراق", candidate: "وصل الوفد بالعراق").percent    // 100
/// MemoryMatcher.match(query: "وصلَ الوفدُ بالعراق", candidate: "وصل الوفد بالعراق").percent  // 99
/// MemoryMatcher.match(query: "وصل الوفد بالعراق", candidate: "وصل الوفد في العراق").percent  // 93
/// ```
///
/// The scoring, token by token over matching keys (`Normalizer.matchingKey`):
/// - a word, number or code weighs 1, a punctuation mark 0.25;
/// - tokens with the same matching key cost nothing (a spelling difference in diacritics, alef
///   forms, tatweel or case is still listed, at no cost);
/// - the same word with other clitics (`بالعراق` / `العراق`, `كتابه` / `كتابها`: a common stem
///   under `CliticAnalyzer`) costs 0.25, and so does a clitic written as a word of its own
///   (`بالعراق` / `في العراق`, `للوزير` / `إلى الوزير`): CAT tools count a clitic as a small
///   difference, not a whole word;
/// - any other replacement costs the heavier token's weight; an inserted or deleted token its
///   own weight.
///
/// The edit distance (the cheapest way, by dynamic programming) over the heavier side's total
/// weight gives the percentage, rounded down: `100 · (1 − cost / weight)`. Only identical text
/// scores 100. Text whose differences cost nothing (spelling, spacing) scores 99, as CAT tools
/// give formatting-only differences; a difference that costs anything caps the score at 99.
///
/// - Complexity: O(n·m) for n and m tokens.
public enum MemoryMatcher {
    /// Weight of a word, number or code.
    static let wordWeight = 1.0
    /// Weight of a punctuation mark.
    static let punctuationWeight = 0.25
    /// Cost of a clitic difference.
    static let cliticCost = 0.25

    /// The match of `candidate` (a memory segment's source text) against `query`.
    public static func match(query: String, candidate: String) -> MemoryMatch {
        match(MemoryQuery(query), candidate: candidate)
    }

    /// The match of `candidate` against a query prepared once for all its candidates.
    public static func match(_ query: MemoryQuery, candidate: String) -> MemoryMatch {
        if query.text.unicodeScalars.elementsEqual(candidate.unicodeScalars) {
            return MemoryMatch(percent: 100, differences: [])
        }
        let left = query.tokens
        let right = MatchToken.tokens(of: candidate)
        let alignment = EditAlignment(query: left, memory: right)
        let total = max(left.reduce(0) { $0 + $1.weight }, right.reduce(0) { $0 + $1.weight })
        let cost = alignment.cost
        var percent: Int
        if total == 0 {
            percent = 99  // nothing but spaces differ
        } else {
            percent = Int((100 * (1 - cost / total) + 1e-9).rounded(.down))
            percent = min(99, max(0, percent))
        }
        return MemoryMatch(percent: percent, differences: alignment.differences())
    }
}

/// A query segment tokenised once, to be matched against many memory segments.
public struct MemoryQuery: Sendable {
    public let text: String
    let tokens: [MatchToken]

    public init(_ text: String) {
        self.text = text
        self.tokens = MatchToken.tokens(of: text)
    }
}

/// A token of a segment as the matcher compares it. A class: the edit alignment reads tokens
/// in its inner loop, and a struct of strings and sets would be copied (retained) at each read.
/// Words are compared by hashes of their UTF-8 bytes, then by the bytes.
final class MatchToken: Sendable {
    let key: String
    let keyHash: UInt64
    let range: Range<Int>
    /// The token's scalars as written, to tell spelling differences.
    let surface: ArraySlice<Unicode.Scalar>
    let weight: Double
    let isArabic: Bool
    /// Stems under every clitic reading (Arabic words only), distinct, as hashes and text.
    let stems: [HashedWord]
    /// Stems of the readings that have a proclitic, with the free words that proclitic may
    /// stand for (`بالعراق`: `عراق`/`العراق` after `ب`, which `في` or `ب` may write).
    let procliticReadings: [(stem: HashedWord, words: [HashedWord])]

    init(key: String, range: Range<Int>, surface: ArraySlice<Unicode.Scalar>, weight: Double, isArabic: Bool,
         stems: [HashedWord], procliticReadings: [(stem: HashedWord, words: [HashedWord])]) {
        self.key = key
        self.keyHash = HashedWord(key).hash
        self.range = range
        self.surface = surface
        self.weight = weight
        self.isArabic = isArabic
        self.stems = stems
        self.procliticReadings = procliticReadings
    }

    static let analyzer = CliticAnalyzer()

    /// Words a proclitic may be written as, by its letter (matching keys).
    static let freeForms: [Unicode.Scalar: [HashedWord]] = [
        "\u{0628}": ["في", "ب"],  // ب
        "\u{0644}": ["إلى", "ل"],  // ل
        "\u{0643}": ["مثل", "ك"],  // ك
        "\u{0648}": ["و"],  // و
        "\u{0641}": ["ف"],  // ف
    ].mapValues { $0.map { HashedWord(Normalizer.matchingKey.key($0)) } }

    static func tokens(of text: String) -> [MatchToken] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer().tokens(in: text).map { token in
            var stems: [HashedWord] = []
            var procliticReadings: [(HashedWord, [HashedWord])] = []
            if token.kind == .arabic {
                for analysis in analyzer.analyses(of: token.key) {
                    let stem = HashedWord(analysis.stem)
                    if !stems.contains(stem) { stems.append(stem) }
                    guard !analysis.prefix.isEmpty else { continue }
                    var words: [HashedWord] = []
                    for letter in analysis.prefix.unicodeScalars {
                        for word in freeForms[letter] ?? [] where !words.contains(word) { words.append(word) }
                    }
                    // The reading after the proclitic keeps its article: في العراق ~ بالعراق.
                    procliticReadings.append((analysis.hasArticle ? HashedWord("ال" + analysis.stem) : stem, words))
                }
            }
            return MatchToken(
                key: token.key, range: token.range, surface: scalars[token.range],
                weight: token.kind == .punctuation ? MemoryMatcher.punctuationWeight : MemoryMatcher.wordWeight,
                isArabic: token.kind == .arabic, stems: stems, procliticReadings: procliticReadings)
        }
    }

    /// Whether two tokens have the same matching key.
    @inline(__always)
    func hasSameKey(as other: MatchToken) -> Bool {
        keyHash == other.keyHash && key.utf8.elementsEqual(other.key.utf8)
    }

    /// Whether two tokens with different keys are the same word with other clitics.
    func isCliticVariant(of other: MatchToken) -> Bool {
        guard isArabic, other.isArabic else { return false }
        return stems.contains { other.stems.contains($0) }
    }

    /// Whether this token writes as one word what `free` + `word` write as two
    /// (`بالعراق` ~ `في` `العراق`).
    func joins(_ free: MatchToken, _ word: MatchToken) -> Bool {
        guard isArabic, word.isArabic else { return false }
        let freeKey = HashedWord(hash: free.keyHash, text: free.key)
        let wordKey = HashedWord(hash: word.keyHash, text: word.key)
        return procliticReadings.contains { reading in
            reading.words.contains(freeKey) && (reading.stem == wordKey || word.stems.contains(reading.stem))
        }
    }
}

/// A word with the hash of its UTF-8 bytes: equal when hashes and bytes are equal.
struct HashedWord: Equatable, Sendable, ExpressibleByStringLiteral {
    let hash: UInt64
    let text: String

    init(_ text: String) {
        var copy = text
        self.hash = copy.withUTF8 { KeyHash.hash($0) }
        self.text = text
    }

    init(hash: UInt64, text: String) {
        self.hash = hash
        self.text = text
    }

    init(stringLiteral value: String) { self.init(value) }

    static func == (left: HashedWord, right: HashedWord) -> Bool {
        left.hash == right.hash && left.text.utf8.elementsEqual(right.text.utf8)
    }
}
