import ArabicText

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
        var text = text
        // Lines and fields are cut on the bytes (a memory may have a million lines); only the
        // ends of a field are looked at for white space.
        let rows = text.withUTF8 { bytes in Self.rows(of: bytes) }
        for (number, row) in rows {
            var fields = row
            if !sawFirstLine {
                sawFirstLine = true
                switch fields.map({ $0.lowercased() }) {
                case ["arabic", "english"]: continue
                case ["english", "arabic"]:
                    arabicColumn = 1
                    continue
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

    /// The lines of the UTF-8 `bytes` that are not blank, with their 1-based numbers, cut at
    /// tabs into trimmed fields. A byte-order mark and a CR before each LF are dropped.
    static func rows(of bytes: UnsafeBufferPointer<UInt8>) -> [(Int, [String])] {
        var rows: [(Int, [String])] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 0
        while start <= bytes.count {
            number += 1
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let next = end + 1
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            var fields: [String] = []
            var fieldStart = start
            var blank = true
            for index in start...end where index == end || bytes[index] == 0x09 {
                let field = trimmed(UnsafeBufferPointer(rebasing: bytes[fieldStart..<index]))
                if !field.isEmpty { blank = false }
                fields.append(field)
                fieldStart = index + 1
            }
            if !blank { rows.append((number, fields)) }
            if end == bytes.count || next > bytes.count { break }
            start = next
        }
        return rows
    }

    /// The field without surrounding white space (as `TMXText.trimmed`), as a `String`.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var lower = 0
        var upper = bytes.count
        // ASCII white space on the bytes; anything else that might be white space (a lead byte
        // of U+0085, U+00A0, U+1680, U+2000...) is left to the scalar rules below.
        func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        while lower < upper, isASCIISpace(bytes[lower]) { lower += 1 }
        while upper > lower, isASCIISpace(bytes[upper - 1]) { upper -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        guard lower < upper, bytes[lower] >= 0x80 || bytes[upper - 1] >= 0x80 else { return text }
        return TMXText.trimmed(text)
    }

    private static func hasArabicWord(_ text: String) -> Bool {
        Tokenizer().tokens(in: text).contains { $0.kind == .arabic }
    }
}
