import Alignment
import ArabicText
import Terminology

/// One bead of an article and its English version, ready to be kept as a translation unit.
public struct ParallelUnit: Sendable, Equatable {
    /// Arabic and English sentence indexes, half-open.
    public var arabicSentences: Range<Int>
    public var englishSentences: Range<Int>
    public var arabic: String
    public var english: String
    public var score: Double
    public var isWeak: Bool
}

/// Pairs an Arabic article with its English version sentence by sentence (see
/// `SentenceAligner`), with the glossary's term pairs as anchors when there is a glossary.
public struct ParallelDocuments: Sendable {
    public var aligner: SentenceAligner

    public init(matcher: TermMatcher? = nil) {
        aligner = SentenceAligner(glossary: matcher.flatMap { $0.conceptCount == 0 ? nil : $0 })
    }

    /// The sentences of an English text (ICU's English rules; every line break ends one).
    public static func englishSentences(of text: String) -> [String] {
        SentenceSegmenter(locale: "en").sentences(in: text).map(\.text)
    }

    /// The beads of two sentence lists.
    ///
    /// - Complexity: linear in the number of sentences (a band around the diagonal).
    public func beads(arabic: [String], english: [String]) -> [Bead] {
        aligner.align(arabic: arabic, english: english)
    }

    /// The units of an article's sentences and its English: metadata lines (tags, slugs) are
    /// never translated, so they are left out of the alignment; the units' Arabic ranges count
    /// the article's sentence indexes.
    public func units(arabic sentences: [Sentence], english: [String]) -> [ParallelUnit] {
        let alignable = sentences.filter { $0.kind != .metadata }
        return units(arabic: alignable.map(\.text), english: english).map { unit in
            var unit = unit
            unit.arabicSentences = alignable[unit.arabicSentences.lowerBound].index
                ..< (alignable[unit.arabicSentences.upperBound - 1].index + 1)
            return unit
        }
    }

    /// The units of two sentence lists: every bead with sentences on both sides.
    public func units(arabic: [String], english: [String]) -> [ParallelUnit] {
        beads(arabic: arabic, english: english).filter(\.isPair).map { bead in
            ParallelUnit(
                arabicSentences: bead.arabic, englishSentences: bead.english,
                arabic: bead.arabic.map { arabic[$0] }.joined(separator: " "),
                english: bead.english.map { english[$0] }.joined(separator: " "),
                score: bead.score, isWeak: bead.isWeak)
        }
    }
}
