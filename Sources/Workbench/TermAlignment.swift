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
}

/// Pairs every sentence of an Arabic text with the glossary terms it contains.
public enum TermAlignment {
    /// The sentences of `text` (after its front matter, if any) with their terms; offsets of
    /// terms count scalars into each sentence's text.
    ///
    /// - Throws: `InputError` for malformed front matter.
    /// - Complexity: O(n) in the length of the text, independent of the glossary's size.
    public static func align(_ text: String, file: String, matcher: TermMatcher) throws(InputError) -> [AlignedSentence] {
        let memo = TermMatchMemo()
        return try InputDocument.sentences(of: text, file: file).map { sentence in
            AlignedSentence(sentence: sentence, terms: matcher.matches(in: sentence.text, memo: memo), translation: nil)
        }
    }
}
