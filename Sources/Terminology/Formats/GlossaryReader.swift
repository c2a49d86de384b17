/// Reads glossary files (already decoded to text) into concepts, each with its line.
///
/// ```swift
/// let text = "english\tarabic\tarabic_variants\nIslamic State\tتنظيم الدولة الإسلامية\tداعش\n"
/// let entries = try GlossaryReader.read(text, format: .tsv)
/// // [GlossaryEntry(concept: Concept(english: "Islamic State", arabic: "تنظيم الدولة الإسلامية",
/// //                                 arabicVariants: ["داعش"]), line: 2)]
/// ```
///
/// Every reader trims values and drops empty variants, so what it returns is the canonical form
/// of a concept: `read(write(concepts))` gives `concepts` back for concepts in that form.
public enum GlossaryReader {
    /// The concepts of `text` in `format`, in file order.
    ///
    /// - TSV and CSV: see DESIGN.md, "Glossary TSV"; CSV also reads TICO-19 termbases.
    /// - TBX: TBX-Basic v2 or v3; `Concept.status` is `<admin type="conceptStatus">` at
    ///   concept level (absent means approved).
    ///
    /// - Throws: the first problem, with its line.
    /// - Complexity: O(n) in the length of the text.
    public static func read(_ text: String, format: GlossaryFormat) throws(GlossaryFormatError) -> [GlossaryEntry] {
        switch format {
        case .tsv: try TSVGlossary.read(text)
        case .csv: try CSVGlossary.read(text)
        case .tbx: try TBXGlossaryReader.read(text)
        }
    }
}
