/// The content of a TMX document: its header and its Arabic–English units.
public struct TranslationMemoryFile: Sendable, Hashable {
    /// The `<header>`, kept so that an export says what the import said.
    public var header: TMXHeader
    /// The units, in document order.
    public var units: [TranslationUnit]
    /// How many `<tuv>` elements in languages other than Arabic and English the reader left
    /// out (a unit with English, French and Arabic variants keeps English and Arabic).
    public var skippedVariants: Int

    /// A memory of `units` under `header`.
    public init(header: TMXHeader = TMXHeader(), units: [TranslationUnit], skippedVariants: Int = 0) {
        self.header = header
        self.units = units
        self.skippedVariants = skippedVariants
    }
}
