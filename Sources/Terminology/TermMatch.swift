/// One occurrence of a glossary term in a sentence.
///
/// ```swift
/// // In "وصل الوفد إلى ببغداد", the concept Baghdad:
/// TermMatch(conceptIndex: 1, english: "Baghdad", arabic: "بغداد", surface: "ببغداد",
///           range: 14..<20, kind: .clitic, score: 0.85)
/// ```
public struct TermMatch: Sendable, Hashable, Codable {
    /// How the text met the glossary form.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The preferred Arabic form, word for word (diacritics and alef spelling aside).
        case exact
        /// The preferred form with clitics, a pronoun, tanween or the article added or removed.
        case clitic
        /// One of the concept's Arabic variants, with or without clitics.
        case variant
        /// One letter wrong in one long word of a multi-word term (a typo).
        case fuzzy
    }

    /// The concept's position in the matcher's glossary.
    public let conceptIndex: Int
    /// The concept's approved English term.
    public let english: String
    /// The glossary form that matched (the preferred form or a variant).
    public let arabic: String
    /// The text as it stands in the sentence, clitics included.
    public let surface: String
    /// Unicode scalar offsets of `surface` in the sentence, half-open.
    public let range: Range<Int>
    public let kind: Kind
    /// Confidence in 0...1: exact 1, variant 0.9, clitic 0.85, variant with clitics 0.8, fuzzy 0.6.
    public let score: Double

    public init(
        conceptIndex: Int, english: String, arabic: String, surface: String, range: Range<Int>,
        kind: Kind, score: Double
    ) {
        self.conceptIndex = conceptIndex
        self.english = english
        self.arabic = arabic
        self.surface = surface
        self.range = range
        self.kind = kind
        self.score = score
    }
}
