/// Writes concepts as the text of a glossary file.
///
/// ```swift
/// GlossaryWriter.write([Concept(english: "ceasefire", arabic: "وقف إطلاق النار", domain: "security")],
///                      format: .tsv)
/// // "english\tarabic\tarabic_variants\tenglish_variants\tdomain\tnote\n"
/// // + "ceasefire\tوقف إطلاق النار\t\t\tsecurity\t\n"
/// ```
///
/// TSV and CSV write the six columns, plus `status` when some concept is not approved. TBX
/// writes TBX-Basic v2 with the status as `<admin type="conceptStatus">` when it is not
/// approved. The writers do not check the concepts: an empty English term is written as it is
/// and rejected when read back.
public enum GlossaryWriter {
    /// The text of a file in `format` holding `concepts`, in order, ending with a line break.
    ///
    /// TSV cannot hold tabs or line breaks inside values (they become spaces); TSV and CSV
    /// cannot hold `|` inside one variant (it becomes `/`).
    ///
    /// - Complexity: O(n) in the total length of the concepts' values.
    public static func write(_ concepts: [Concept], format: GlossaryFormat) -> String {
        switch format {
        case .tsv: TSVGlossary.write(concepts)
        case .csv: CSVGlossary.write(concepts)
        case .tbx: TBXGlossaryWriter.write(concepts)
        }
    }
}
