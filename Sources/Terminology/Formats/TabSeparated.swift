/// The rows of a tab-separated text, cut on its UTF-8 bytes: the one reader of lines and tabs
/// behind the glossary's and the translation memory's TSV formats (a memory may have a
/// million lines, where splitting `String`s scalar by scalar cost seconds).
///
/// ```swift
/// TabSeparated.rows(of: "a\tb\r\n\n c \n").map(\.fields)   // [["a", "b"], [" c "]]
/// ```
public enum TabSeparated {
    /// A line that is not blank: its 1-based number and its fields, untrimmed.
    public struct Row: Sendable, Equatable {
        public var number: Int
        public var fields: [String]
    }

    /// The lines of `text` that are not blank (white space only, by Unicode's definition),
    /// split at tabs. A byte-order mark at the start and a CR before each LF are dropped.
    ///
    /// - Complexity: O(n) in the UTF-8 length of the text.
    public static func rows(of text: String) -> [Row] {
        var rows: [Row] = []
        forEachRow(of: text) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each row of `rows(of:)` in turn, holding one row at a time (a reader
    /// of a million lines then keeps no array of them); stops at the first error `body` throws.
    public static func forEachRow<E: Error>(of text: String, _ body: (Row) throws(E) -> Void) throws(E) {
        var text = text
        let failure: E? = text.withUTF8 { bytes -> E? in
            var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var number = 0
            while start <= bytes.count {
                number += 1
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                let next = end + 1
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if !isBlank(line) {
                    var fields: [String] = []
                    var fieldStart = line.startIndex
                    for index in line.startIndex...line.endIndex where index == line.endIndex || line[index] == 0x09 {
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: line[fieldStart..<index]), as: UTF8.self))
                        fieldStart = index + 1
                    }
                    do throws(E) {
                        try body(Row(number: number, fields: fields))
                    } catch {
                        return error
                    }
                }
                if next > bytes.count { break }
                start = next
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Whether a line holds only white space: ASCII on the bytes, the rest by the scalars.
    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var hasOther = false
        for byte in line {
            if byte >= 0x80 {
                hasOther = true
            } else if byte != 0x20, !(0x09...0x0D).contains(byte) {
                return false
            }
        }
        guard hasOther else { return true }
        return String(decoding: line, as: UTF8.self).unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }
}
