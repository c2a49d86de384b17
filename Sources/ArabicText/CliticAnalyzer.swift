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

    /// `و` or `ف`, as a scalar value.
    @inline(__always)
    static func isConjunction(_ letter: UInt32) -> Bool { letter == waw.value || letter == faa.value }

    /// `ب`, `ك` or `ل`, as a scalar value.
    @inline(__always)
    static func isPreposition(_ letter: UInt32) -> Bool {
        letter == baa.value || letter == kaf.value || letter == lam.value
    }

    /// Enclitic pronouns, longest first, as scalar arrays of matching keys.
    static let enclitics: [[Unicode.Scalar]] = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ي", "ك"]
        .map { Array($0.unicodeScalars) }

    /// Every reading of `key`, the whole word first, then with more removed.
    ///
    /// - Complexity: O(k·n) for a key of n scalars and k ≤ 48 analyses; `cuts(ofKey:into:)`
    ///   gives the same readings without building strings.
    public func analyses(of key: String) -> [CliticAnalysis] {
        var results: [CliticAnalysis] = []
        var seen: Set<CliticAnalysis> = []
        var key = key
        key.withUTF8 { bytes in
            var cuts: [CliticCut] = []
            self.cuts(ofKey: bytes, into: &cuts)
            for cut in cuts {
                var stem = Array(bytes[cut.stemStart..<cut.stemEnd])
                if cut.restoresTaaMarbuta {
                    // The stem ends in ت (two bytes), read as ة, which a matching key writes ه.
                    stem.replaceSubrange((stem.count - 2)..., with: [0xD9, 0x87])
                }
                let analysis = CliticAnalysis(
                    stem: String(decoding: stem, as: UTF8.self),
                    prefix: String(decoding: UnsafeBufferPointer(rebasing: bytes[..<cut.prefixEnd]), as: UTF8.self),
                    hasArticle: cut.hasArticle,
                    suffix: String(decoding: UnsafeBufferPointer(rebasing: bytes[cut.stemEnd...]), as: UTF8.self))
                if seen.insert(analysis).inserted { results.append(analysis) }
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
        if isConjunction(letters[index].value) { index += 1 }
        if index < letters.count, isPreposition(letters[index].value) { index += 1 }
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

    /// The ways to split proclitics off a word of `count` letters, the whole word first
    /// (see `forEachProcliticSplit(count:letter:_:)`).
    static func procliticSplits(count: Int, letter: (Int) -> Unicode.Scalar) -> [PrefixSplit] {
        var splits: [PrefixSplit] = []
        forEachProcliticSplit(count: count, letter: { letter($0).value }) { splits.append($0) }
        return splits
    }
}
