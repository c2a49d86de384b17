/// One way to read a word as proclitics + stem + enclitic.
public struct CliticAnalysis: Sendable, Hashable {
    /// The stem, in matching-key form, without proclitics, article or enclitic.
    public let stem: String
    /// The proclitic letters before the article (`و`, `ف`, `ب`, `ك`, `ل` and their combinations).
    public let prefix: String
    /// Whether the stem carried the article (`ال`, or the `ل` of `لل`).
    public let hasArticle: Bool
    /// The enclitic pronoun or tanween alef removed from the end, if any.
    public let suffix: String

    public init(stem: String, prefix: String, hasArticle: Bool, suffix: String) {
        self.stem = stem
        self.prefix = prefix
        self.hasArticle = hasArticle
        self.suffix = suffix
    }

    /// True when nothing was removed.
    public var isWholeWord: Bool { prefix.isEmpty && !hasArticle && suffix.isEmpty }
}

/// Light, clitic-aware analysis of Arabic words: the candidate stems a word may stand for.
///
/// ```swift
/// CliticAnalyzer().analyses(of: "وللعراق").map(\.stem)   // ["وللعراق", "للعراق", "لعراق", "عراق"]
/// ```
///
/// It strips, in this order, a conjunction (`و` `ف`), a preposition (`ب` `ك` `ل`), the article
/// (`ال`; `لل` is read as `ل` + `ال`), and at the end an enclitic pronoun (`ه ها هم هما هن كم كن نا ي`)
/// or a tanween alef. It never guesses roots or patterns: a proper name keeps its letters.
/// Input is a matching key (`Normalizer.matchingKey`), so `ة` is already `ه`.
///
/// - Complexity: O(k) candidates of O(n) each for a word of n scalars; k ≤ 48.
public struct CliticAnalyzer: Sendable {
    /// Which ends of the word to analyse.
    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let proclitics = Options(rawValue: 1 << 0)
        public static let enclitics = Options(rawValue: 1 << 1)
        public static let tanweenAlef = Options(rawValue: 1 << 2)
        public static let all: Options = [.proclitics, .enclitics, .tanweenAlef]
    }

    public let options: Options
    /// The shortest stem, in letters, that an analysis may leave.
    public let minimumStemLength: Int

    public init(options: Options = .all, minimumStemLength: Int = 2) {
        self.options = options
        self.minimumStemLength = minimumStemLength
    }

    static let waw: Unicode.Scalar = "\u{0648}"
    static let faa: Unicode.Scalar = "\u{0641}"
    static let baa: Unicode.Scalar = "\u{0628}"
    static let kaf: Unicode.Scalar = "\u{0643}"
    static let lam: Unicode.Scalar = "\u{0644}"
    static let alef: Unicode.Scalar = "\u{0627}"
    static let taa: Unicode.Scalar = "\u{062A}"
    static let haa: Unicode.Scalar = "\u{0647}"

    static let conjunctions: Set<Unicode.Scalar> = [waw, faa]
    static let prepositions: Set<Unicode.Scalar> = [baa, kaf, lam]

    /// Enclitic pronouns, longest first, as scalar arrays of matching keys.
    static let enclitics: [[Unicode.Scalar]] = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ي", "ك"]
        .map { Array($0.unicodeScalars) }

    /// Every reading of `key`, the whole word first, then with more removed.
    public func analyses(of key: String) -> [CliticAnalysis] {
        let scalars = Array(key.unicodeScalars)
        var results: [CliticAnalysis] = []
        var seen: Set<CliticAnalysis> = []
        func add(_ stem: ArraySlice<Unicode.Scalar>, prefix: ArraySlice<Unicode.Scalar>, article: Bool,
                 suffix: ArraySlice<Unicode.Scalar>) {
            var stemString = String.UnicodeScalarView()
            stemString.append(contentsOf: stem)
            var prefixString = String.UnicodeScalarView()
            prefixString.append(contentsOf: prefix)
            var suffixString = String.UnicodeScalarView()
            suffixString.append(contentsOf: suffix)
            let analysis = CliticAnalysis(
                stem: String(stemString), prefix: String(prefixString), hasArticle: article,
                suffix: String(suffixString))
            if seen.insert(analysis).inserted { results.append(analysis) }
        }
        for split in prefixSplits(scalars) {
            let stem = scalars[split.stemStart...]
            guard stem.count >= minimumStemLength || split.stemStart == 0 else { continue }
            add(stem, prefix: scalars[..<split.prefixEnd], article: split.article, suffix: [])
            guard stem.allSatisfy({ ScalarClass.isArabicLetter($0.value) }) else { continue }
            for (body, suffix, restoredTaa) in suffixSplits(stem) {
                if restoredTaa {
                    var restored = Array(body)
                    restored[restored.count - 1] = Self.haa
                    add(restored[...], prefix: scalars[..<split.prefixEnd], article: split.article, suffix: suffix)
                } else {
                    add(body, prefix: scalars[..<split.prefixEnd], article: split.article, suffix: suffix)
                }
            }
        }
        return results
    }

    /// Whether `scalars` is a sequence of proclitics only (`و`, `ب`, `وب`, `ال`, `وال`, `لل`, ...),
    /// as when an Arabic clitic is glued to a Latin code (`وAH-64`).
    public static func isProcliticSequence(_ scalars: some Collection<Unicode.Scalar>) -> Bool {
        let letters = Array(scalars)
        guard !letters.isEmpty, letters.count <= 4 else { return false }
        var index = 0
        if conjunctions.contains(letters[index]) { index += 1 }
        if index < letters.count, prepositions.contains(letters[index]) { index += 1 }
        if index + 1 < letters.count, letters[index] == alef, letters[index + 1] == lam {
            index += 2
        } else if index > 0, letters[index - 1] == lam, index < letters.count, letters[index] == lam {
            index += 1  // لل
        }
        return index == letters.count
    }

    struct PrefixSplit {
        var prefixEnd: Int
        var stemStart: Int
        var article: Bool
    }

    private func prefixSplits(_ s: [Unicode.Scalar]) -> [PrefixSplit] {
        guard options.contains(.proclitics) else { return [PrefixSplit(prefixEnd: 0, stemStart: 0, article: false)] }
        return Self.procliticSplits(count: s.count) { s[$0] }
    }

    /// The ways to split proclitics off a word of `count` letters, the whole word first.
    /// `letter(i)` gives the i-th letter (only the first four are asked for).
    ///
    /// This is the one definition of Arabic proclitics: `analyses(of:)` and the search index
    /// both read words through it.
    @inline(__always)
    static func procliticSplits(count: Int, letter: (Int) -> Unicode.Scalar) -> [PrefixSplit] {
        var splits = [PrefixSplit(prefixEnd: 0, stemStart: 0, article: false)]
        var conjunctionEnds = [0]
        if count > 0, conjunctions.contains(letter(0)) { conjunctionEnds.append(1) }
        for c in conjunctionEnds {
            var prepositionEnds = [c]
            if c < count, prepositions.contains(letter(c)) { prepositionEnds.append(c + 1) }
            for p in prepositionEnds {
                if p > 0 { splits.append(PrefixSplit(prefixEnd: p, stemStart: p, article: false)) }
                if p + 1 < count, letter(p) == alef, letter(p + 1) == lam {
                    splits.append(PrefixSplit(prefixEnd: p, stemStart: p + 2, article: true))
                }
                // لل: the preposition ل before the article loses the article's alef.
                if p == c + 1, letter(c) == lam, p < count, letter(p) == lam {
                    splits.append(PrefixSplit(prefixEnd: p, stemStart: p + 1, article: true))
                }
            }
        }
        return splits
    }

    private func suffixSplits(_ stem: ArraySlice<Unicode.Scalar>)
        -> [(ArraySlice<Unicode.Scalar>, ArraySlice<Unicode.Scalar>, Bool)]
    {
        var splits: [(ArraySlice<Unicode.Scalar>, ArraySlice<Unicode.Scalar>, Bool)] = []
        if options.contains(.tanweenAlef), stem.count > minimumStemLength + 1, stem.last == Self.alef {
            splits.append((stem.dropLast(), stem.suffix(1), false))
        }
        guard options.contains(.enclitics) else { return splits }
        for enclitic in Self.enclitics where stem.count >= enclitic.count + minimumStemLength + 1 {
            guard stem.suffix(enclitic.count).elementsEqual(enclitic) else { continue }
            let body = stem.dropLast(enclitic.count)
            splits.append((body, stem.suffix(enclitic.count), false))
            // A taa marbuta becomes taa before a pronoun: حكومتها → حكومة.
            if body.last == Self.taa { splits.append((body, stem.suffix(enclitic.count), true)) }
        }
        return splits
    }

}
