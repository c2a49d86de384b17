/// The glossary CSV format: RFC 4180 records with the TSV header names (`english`, `arabic`,
/// `arabic_variants`, ...), or a TICO-19 termbase (`sourceLang`, `targetLang`, `sourceString`,
/// `targetString`).
///
/// Records that start with `#` and records whose fields are all empty are skipped; the first
/// other record is the header. Written files quote only the fields that need it and end
/// records with LF.
enum CSVGlossary {
    /// The concepts of `text`, each with the line its record starts on.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func read(_ text: String) throws(GlossaryFormatError) -> [GlossaryEntry] {
        let records = try CSVRecords.parse(text).filter { record in
            record.fields.contains { !GlossaryText.trimmed($0).isEmpty }
        }
        guard let header = records.first else {
            throw GlossaryFormatError(
                line: 1, message: "missing header row (expected english, arabic, ...), the file is empty")
        }
        var entries: [GlossaryEntry] = []
        entries.reserveCapacity(records.count - 1)
        if let tico = TICOTermbaseLayout(header: header.fields) {
            for record in records.dropFirst() {
                entries.append(
                    GlossaryEntry(concept: try tico.concept(from: record.fields, line: record.line), line: record.line))
            }
            return entries
        }
        let layout = try GlossaryColumnLayout(header: header.fields, line: header.line)
        for record in records.dropFirst() {
            entries.append(
                GlossaryEntry(concept: try layout.concept(from: record.fields, line: record.line), line: record.line))
        }
        return entries
    }

    /// The header and one record per concept, with the same columns as the TSV writer.
    ///
    /// - Complexity: O(n) in the total length of the concepts' values.
    static func write(_ concepts: [Concept]) -> String {
        let columns = GlossaryColumn.columns(for: concepts)
        var output = CSVRecords.record(columns.map(\.rawValue)) + "\n"
        for concept in concepts {
            output += CSVRecords.record(columns.map { GlossaryText.trimmed($0.value(of: concept)) }) + "\n"
        }
        return output
    }
}
