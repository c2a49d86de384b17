/// A column of the glossary TSV and CSV formats, under the name its header gives it.
enum GlossaryColumn: String, CaseIterable {
    case english
    case arabic
    case arabicVariants = "arabic_variants"
    case englishVariants = "english_variants"
    case domain
    case note
    /// Optional: `approved` (also when empty), `proposed` or `deprecated`.
    case status

    /// The six columns every written file has, in order.
    static let standard: [GlossaryColumn] = [.english, .arabic, .arabicVariants, .englishVariants, .domain, .note]

    /// The columns to write for `concepts`: `status` only when some concept is not approved.
    static func columns(for concepts: [Concept]) -> [GlossaryColumn] {
        concepts.contains { $0.status != .approved } ? standard + [.status] : standard
    }

    /// The value of this column for `concept`, variants joined with `|`, not yet escaped.
    func value(of concept: Concept) -> String {
        switch self {
        case .english: concept.english
        case .arabic: concept.arabic
        // A `|` inside one form would split it in two on reading: write it as `/`.
        case .arabicVariants: concept.arabicVariants.map(Self.variantText).filter { !$0.isEmpty }.joined(separator: "|")
        case .englishVariants:
            concept.englishVariants.map(Self.variantText).filter { !$0.isEmpty }.joined(separator: "|")
        case .domain: concept.domain
        case .note: concept.note
        case .status: concept.status.rawValue
        }
    }

    private static func variantText(_ form: String) -> String {
        GlossaryText.trimmed(GlossaryText.replacing(form, where: { $0 == "|" }, with: "/"))
    }
}
