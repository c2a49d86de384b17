/// A word, number, code or punctuation mark, with its place in the original text.
public struct Token: Sendable, Hashable {
    /// What a token is made of.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Arabic letters (with whatever diacritics and tatweel they carried).
        case arabic
        /// Latin or other non-Arabic letters (`Reuters`, `U.S.`).
        case latin
        /// Digits, with a decimal or thousands separator inside (`5200`, `35.7`, `٢٠٢٤`).
        case number
        /// Letters and digits together, or a code with hyphens (`UH-60`, `COVID-19`), possibly
        /// with an Arabic proclitic glued in front (`وAH-64`).
        case code
        /// Any other single visible scalar (`.`, `،`, `"`, `%`).
        case punctuation
    }

    public let kind: Kind
    /// Unicode scalar offsets in the original text, half-open.
    public let range: Range<Int>
    /// The token's matching key (`Normalizer.matchingKey`).
    public let key: String

    public init(kind: Kind, range: Range<Int>, key: String) {
        self.kind = kind
        self.range = range
        self.key = key
    }

    /// Whether the token is a word (Arabic, Latin or code) rather than a number or a mark.
    public var isWord: Bool { kind == .arabic || kind == .latin || kind == .code }
}
