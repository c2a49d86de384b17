import ArabicText

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
        if query.unicodeScalars.elementsEqual(candidate.unicodeScalars) {
            return MemoryMatch(percent: 100, differences: [])
        }
        let left = MatchToken.tokens(of: query)
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

/// A token of a segment as the matcher compares it.
struct MatchToken {
    var key: String
    var range: Range<Int>
    /// The token's scalars as written, to tell spelling differences.
    var surface: ArraySlice<Unicode.Scalar>
    var weight: Double
    var isArabic: Bool
    /// Stems under every clitic reading (Arabic words only).
    var stems: Set<String>
    /// Stems of the readings that have a proclitic, with the free words that proclitic may
    /// stand for (`بالعراق`: `عراق`/`العراق` after `ب`, which `في` or `ب` may write).
    var procliticReadings: [(stem: String, words: Set<String>)]

    static let analyzer = CliticAnalyzer()

    /// Words a proclitic may be written as, by its letter (matching keys).
    static let freeForms: [Unicode.Scalar: Set<String>] = [
        "\u{0628}": ["في", "ب"],  // ب
        "\u{0644}": ["إلى", "ل"],  // ل
        "\u{0643}": ["مثل", "ك"],  // ك
        "\u{0648}": ["و"],  // و
        "\u{0641}": ["ف"],  // ف
    ].mapValues { Set($0.map(Normalizer.matchingKey.key)) }

    static func tokens(of text: String) -> [MatchToken] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer().tokens(in: text).map { token in
            var stems: Set<String> = []
            var procliticReadings: [(String, Set<String>)] = []
            if token.kind == .arabic {
                for analysis in analyzer.analyses(of: token.key) {
                    stems.insert(analysis.stem)
                    guard !analysis.prefix.isEmpty else { continue }
                    var words: Set<String> = []
                    for letter in analysis.prefix.unicodeScalars { words.formUnion(freeForms[letter] ?? []) }
                    // The reading after the proclitic keeps its article: في العراق ~ بالعراق.
                    let stem = analysis.hasArticle ? "ال" + analysis.stem : analysis.stem
                    procliticReadings.append((stem, words))
                }
            }
            return MatchToken(
                key: token.key, range: token.range, surface: scalars[token.range],
                weight: token.kind == .punctuation ? MemoryMatcher.punctuationWeight : MemoryMatcher.wordWeight,
                isArabic: token.kind == .arabic, stems: stems, procliticReadings: procliticReadings)
        }
    }

    /// Whether two tokens with different keys are the same word with other clitics.
    func isCliticVariant(of other: MatchToken) -> Bool {
        isArabic && other.isArabic && !stems.isDisjoint(with: other.stems)
    }

    /// Whether this token writes as one word what `free` + `word` write as two
    /// (`بالعراق` ~ `في` `العراق`).
    func joins(_ free: MatchToken, _ word: MatchToken) -> Bool {
        guard isArabic, word.isArabic else { return false }
        return procliticReadings.contains { reading in
            reading.words.contains(free.key) && (reading.stem == word.key || word.stems.contains(reading.stem))
        }
    }
}
