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
    /// The sentences of `text` (after its front matter, if any) with their terms; offsets of
    /// terms count scalars into each sentence's text.
    ///
    /// `translation` gives the reference translations of the sentences, by index (see
    /// `ReferenceTranslations`); each term is then marked rendered or not.
    ///
    /// - Throws: `InputError` for malformed front matter, or what `translation` throws.
    /// - Complexity: O(n) in the length of the text, independent of the glossary's size.
    public static func align(
        _ text: String, file: String, matcher: TermMatcher,
        translation: ([Sentence]) throws -> [Int: ReferenceTranslation] = { _ in [:] }
    ) throws -> [AlignedSentence] {
        let memo = TermMatchMemo()
        let sentences = try InputDocument.sentences(of: text, file: file)
        let translations = try translation(sentences)
        let checker = TranslationChecker(matcher: matcher)
        return sentences.map { sentence in
            let terms = matcher.matches(in: sentence.text, memo: memo)
            let english = translations[sentence.index]
            return AlignedSentence(
                sentence: sentence, terms: terms, translation: english,
                rendered: terms.map { term in english.map { checker.rendering(of: term.conceptIndex, in: $0.english) != nil } })
        }
    }
}
