import ArabicText
import Terminology

/// The English reference translation paired with an Arabic sentence.
public struct ReferenceTranslation: Sendable, Equatable, Codable {
    /// Where the English came from.
    public enum Origin: String, Sendable, Codable {
        /// The aligned sentence of the article's own English version.
        case parallel
        /// The best translation-memory match above the threshold.
        case memory
    }

    public var english: String
    public var score: Double
    public var origin: Origin

    public init(english: String, score: Double, origin: Origin) {
        self.english = english
        self.score = score
        self.origin = origin
    }
}

/// One Arabic sentence with the glossary terms found in it and its reference translation.
public struct AlignedSentence: Sendable, Equatable {
    public var sentence: Sentence
    public var terms: [TermMatch]
    public var translation: ReferenceTranslation?
    /// For each term, whether its concept's English is in the translation (nil without one);
    /// as many as `terms`.
    public var rendered: [Bool?]
}

/// Pairs every sentence of an Arabic text with the glossary terms it contains.
public enum TermAlignment {
    /// `sentences` with their terms, and each term marked rendered or not in the sentence's
    /// translation (`translations`, by sentence index). The sentences are matched on all cores,
    /// in slices, each slice with its own memo of the words it has met.
    ///
    /// - Complexity: O(n) in the length of the sentences, independent of the glossary's size.
    public static func align(
        _ sentences: [Sentence], matcher: TermMatcher, translations: [Int: ReferenceTranslation]
    ) -> [AlignedSentence] {
        align(sentences, matcher: matcher, translations: translations) { $0 }.flatMap { $0 }
    }

    /// `align(_:matcher:translations:)`, each slice's sentences handed to `transform` on the
    /// core that aligned them, while they are still in its cache (`align --format jsonl`
    /// renders its lines there); the slices' results in order.
    public static func align<T: Sendable>(
        _ sentences: [Sentence], matcher: TermMatcher, translations: [Int: ReferenceTranslation],
        then transform: @Sendable ([AlignedSentence]) -> T
    ) -> [T] {
        let checker = TranslationChecker(matcher: matcher)
        return sentences.concurrentSliceMap { slice in
            let memo = TermMatchMemo()
            return [transform(slice.map { sentence in
                let terms = matcher.matches(in: sentence.text, memo: memo)
                let english = translations[sentence.index]
                return AlignedSentence(
                    sentence: sentence, terms: terms, translation: english,
                    rendered: terms.map { term in english.map { checker.rendering(of: term.conceptIndex, in: $0.english) != nil } })
            })]
        }
    }
}
