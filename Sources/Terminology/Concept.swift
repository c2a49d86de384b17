/// One entry of the termbase: a thing in the world and the approved ways to name it in English
/// and in Arabic.
///
/// ```swift
/// Concept(english: "Islamic State", arabic: "تنظيم الدولة الإسلامية",
///         arabicVariants: ["الدولة الإسلامية", "داعش"], englishVariants: ["ISIS", "Daesh"],
///         domain: "org")
/// ```
public struct Concept: Sendable, Hashable, Codable {
    /// Whether translators may use a concept's terms.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Approved for use (the default).
        case approved
        /// Proposed, not yet reviewed.
        case proposed
        /// Kept so that old translations are recognised; not to be used in new ones.
        case deprecated
    }

    /// The approved English term.
    public var english: String
    /// The preferred Arabic form, as news copy writes it.
    public var arabic: String
    /// Other Arabic forms of the same concept (spellings, short forms, acronyms).
    public var arabicVariants: [String]
    /// Other accepted English forms (acronyms, older names).
    public var englishVariants: [String]
    /// The subject field (`place`, `org`, `person`, ...), empty when none is given.
    public var domain: String
    /// Usage advice for translators, empty when none is given.
    public var note: String
    public var status: Status

    public init(
        english: String, arabic: String, arabicVariants: [String] = [], englishVariants: [String] = [],
        domain: String = "", note: String = "", status: Status = .approved
    ) {
        self.english = english
        self.arabic = arabic
        self.arabicVariants = arabicVariants
        self.englishVariants = englishVariants
        self.domain = domain
        self.note = note
        self.status = status
    }

    /// Every Arabic form, the preferred one first.
    public var arabicForms: [String] { [arabic] + arabicVariants }

    /// Every English form, the approved one first.
    public var englishForms: [String] { [english] + englishVariants }
}

/// A concept with the line of the file it was read from, so that problems found later (a
/// conflict between two rows) can name both lines.
public struct GlossaryEntry: Sendable, Hashable {
    public var concept: Concept
    /// The 1-based line where the concept starts in its file; 0 when it did not come from a file.
    public var line: Int

    public init(concept: Concept, line: Int = 0) {
        self.concept = concept
        self.line = line
    }
}
