import ArabicText
import Terminology

/// The TSV form of the translation memory (DESIGN.md, "Translation memory"): one unit a line,
/// `arabic<TAB>english`.
///
/// - The header line is optional. A first line whose two fields are `arabic` and `english`
///   (any case, either order) is the header and gives the order of the columns; without it the
///   Arabic is in the first column. The writer always writes `arabic<TAB>english`.
/// - There are no comment lines: an Arabic segment may well start with `#` (a hashtag).
///   Blank lines are skipped; a UTF-8 byte-order mark and CRLF line endings are accepted.
/// - Values are trimmed; both must be non-empty. Empty fields after the second (tabs a
///   spreadsheet left at the end of a line) are ignored; any other extra field is an error.
/// - A first unit with Arabic letters in the English column and none in the Arabic column is an
///   error (the columns are swapped), so that a reversed file does not import quietly.
/// - Segments are plain text: inline markup is not written, ids, notes and properties neither.
public enum TSVMemory {
    /// The units of the TSV text, with no ids.
    ///
    /// ```swift
    /// try TSVMemory.read("arabic\tenglish\nحظر التجول\tcurfew\n")[0].english.plain  // "curfew"
    /// ```
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func read(_ text: String) throws(TMXError) -> [TranslationUnit] {
        var arabicColumn = 0
        var sawFirstLine = false
        var units: [TranslationUnit] = []
        // Row by row: a memory of a million lines keeps only its units.
        try TabSeparated.forEachRow(of: text) { (row) throws(TMXError) in
            let number = row.number
            var fields = row.fields.map(TMXText.trimmed)
            if !sawFirstLine {
                sawFirstLine = true
                switch fields.map({ $0.lowercased() }) {
                case ["arabic", "english"]: return
                case ["english", "arabic"]:
                    arabicColumn = 1
                    return
                default: break
                }
            }
            while fields.count > 2, fields.last?.isEmpty == true { fields.removeLast() }
            let order = arabicColumn == 0 ? "arabic, english" : "english, arabic"
            guard fields.count == 2 else {
                throw TMXError(
                    line: number, message: "row has \(TMXText.count(fields.count, "column")), expected 2 (\(order))")
            }
            let arabic = fields[arabicColumn]
            let english = fields[1 - arabicColumn]
            guard !arabic.isEmpty else { throw TMXError(line: number, message: "row has no arabic text") }
            guard !english.isEmpty else { throw TMXError(line: number, message: "row has no english text") }
            if units.isEmpty, !hasArabicWord(arabic), hasArabicWord(english) {
                throw TMXError(
                    line: number,
                    message: "columns look swapped: arabic text in the english column (expected \(order))")
            }
            units.append(TranslationUnit(arabic: Segment(arabic), english: Segment(english)))
        }
        return units
    }

    /// The header line and one line per unit, from the segments' plain text.
    ///
    /// Tabs and line breaks inside a segment become spaces, and segments are trimmed; a unit
    /// with an empty side after that (a segment made only of inline codes) is left out, since
    /// it could not be read back.
    ///
    /// - Complexity: O(n) in the total length of the segments.
    public static func write(_ units: [TranslationUnit]) -> String {
        var output = "arabic\tenglish\n"
        for unit in units {
            let arabic = field(unit.arabic.plain)
            let english = field(unit.english.plain)
            if arabic.isEmpty || english.isEmpty { continue }
            output += arabic + "\t" + english + "\n"
        }
        return output
    }

    private static func field(_ text: String) -> String {
        let separators = text.unicodeScalars.contains { $0 == "\t" || isLineBreak($0) }
        guard separators else { return TMXText.trimmed(text) }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            view.append(scalar == "\t" || isLineBreak(scalar) ? " " : scalar)
        }
        return TMXText.trimmed(String(view))
    }

    /// Whether `scalar` ends a line in some convention (LF, CR, VT, FF, NEL, LS, PS).
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func hasArabicWord(_ text: String) -> Bool {
        Tokenizer().tokens(in: text).contains { $0.kind == .arabic }
    }
}
