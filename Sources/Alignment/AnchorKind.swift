/// The kinds of lexical evidence that an Arabic sentence and an English one translate each
/// other, each with how often a translation keeps it.
enum AnchorKind: UInt8, Sendable, CaseIterable {
    /// A number of two or more digits, or with a decimal part (`2020`, `٣٥٫٧`, `5,200`).
    case number
    /// A small whole number (`3`, `three`, `ثلاثة`): often written out in one language only.
    case smallNumber
    /// A Latin word or code kept in the Arabic text (`CNN`, `UH-60`).
    case latin
    /// A glossary concept, found on both sides.
    case term
    /// A month or weekday name.
    case calendar
    /// An English name whose consonant skeleton an Arabic word shares (`Esper` ~ `إسبر`).
    case name
    /// A question or exclamation mark, a colon, brackets, quotation marks, or no final stop
    /// (a headline): the shape of a sentence, which translation keeps more often than not.
    case mark
    /// A word pair that the first alignment of the document itself shows to go together
    /// (`CooccurrenceLexicon`): `الشرطة` ~ `police` in a crime story.
    case cooccurrence
    /// A pair of the built-in dictionary of common news words (`NewsLexicon`).
    case lexicon

    /// How often a translation keeps an anchor of this kind: the probability that the other
    /// side of a true pair has it too. A missing name says nothing (an Arabic word cannot be
    /// known to be a name), so names count only when they meet.
    var keepRate: Double {
        switch self {
        case .number: 0.9
        case .smallNumber: 0.5
        case .latin: 0.85
        case .term: 0.7
        case .calendar: 0.7
        case .name: 0.8
        case .mark: 0.75
        case .cooccurrence: 0.7
        case .lexicon: 0.5
        }
    }

    /// Whether its absence on the other side of a pair counts against the pair.
    var absenceCounts: Bool { self != .name && self != .smallNumber && self != .cooccurrence }
}
