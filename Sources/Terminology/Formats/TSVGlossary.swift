/// The glossary TSV format of `glossary/news.tsv` (DESIGN.md, "Glossary TSV").
///
/// Lines starting with `#` and blank lines are skipped. The first other line is the header; it
/// names the columns, so they may come in any order. A UTF-8 byte-order mark and CRLF line
/// endings are accepted.
enum TSVGlossary {
    /// The concepts of `text`, each with its line.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func read(_ text: String) throws(GlossaryFormatError) -> [GlossaryEntry] {
        var layout: GlossaryColumnLayout?
        var entries: [GlossaryEntry] = []
        for row in TabSeparated.rows(of: text) {
            let number = row.number
            let fields = row.fields
            if fields.first?.utf8.first == UInt8(ascii: "#") { continue }
            guard let columns = layout else {
                layout = try GlossaryColumnLayout(header: fields, line: number)
                continue
            }
            entries.append(GlossaryEntry(concept: try columns.concept(from: fields, line: number), line: number))
        }
        if layout == nil {
            throw GlossaryFormatError(
                line: 1, message: "missing header row (expected english, arabic, ...), the file is empty")
        }
        return entries
    }

    /// The header and one row per concept, every row with all its columns.
    ///
    /// Tabs and line breaks inside values become spaces; a `|` inside a variant becomes `/`.
    ///
    /// - Complexity: O(n) in the total length of the concepts' values.
    static func write(_ concepts: [Concept]) -> String {
        let columns = GlossaryColumn.columns(for: concepts)
        var output = columns.map(\.rawValue).joined(separator: "\t") + "\n"
        for concept in concepts {
            let fields = columns.map { column in
                var value = GlossaryText.trimmed(
                    GlossaryText.replacing(column.value(of: concept), where: isSeparator, with: " "))
                // A row that starts with `#` would read back as a comment; the reader trims the space.
                if column == columns.first, value.hasPrefix("#") { value = " " + value }
                return value
            }
            output += fields.joined(separator: "\t") + "\n"
        }
        return output
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || GlossaryText.isLineBreak(scalar)
    }
}
