import Foundation

/// Small text helpers shared by the TMX and TSV readers and writers. They work on Unicode
/// scalars, never on `Character`s: `"\r\n"` is one `Character`, and a segment may start with a
/// combining mark.
enum TMXText {
    /// The text without a leading byte-order mark.
    static func droppingByteOrderMark(_ text: String) -> Substring {
        let scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { return Substring(scalars.dropFirst()) }
        return Substring(scalars)
    }

    /// The text as the XML parser must see it: no byte-order mark, and no `encoding` in the
    /// XML declaration. The caller already decoded the file, and the parser gets UTF-8 bytes, so a
    /// declared `UTF-16` (refused by libxml2) or `ISO-8859-1` (read as mojibake) would be wrong.
    /// The declaration keeps its line breaks, so line numbers do not move.
    static func parserInput(_ text: String) -> Substring {
        let body = droppingByteOrderMark(text)
        guard body.hasPrefix("<?xml"), let end = body.range(of: "?>") else { return body }
        let declaration = body[..<end.upperBound]
        guard declaration.contains("encoding") else { return body }
        let lineBreaks = declaration.unicodeScalars.filter { $0 == "\n" }.count
        return Substring("<?xml version=\"1.0\"?>" + String(repeating: "\n", count: lineBreaks))
            + body[end.upperBound...]
    }

    /// `value` without surrounding white space (spaces, tabs, line breaks, no-break spaces).
    static func trimmed(_ value: Substring) -> String {
        let scalars = value.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(Substring(scalars[start...last]))
    }

    /// Trimmed `value`; `value` itself when there is nothing to trim.
    static func trimmed(_ value: String) -> String {
        let scalars = value.unicodeScalars
        if let first = scalars.first, let last = scalars.last, !first.properties.isWhitespace,
            !last.properties.isWhitespace
        {
            return value
        }
        return trimmed(Substring(value))
    }

    /// Whether `text` is only XML white space (space, tab, CR, LF), as between elements.
    static func isXMLSpace(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// `text` trimmed and cut to `limit` scalars (with `…`), for quoting in a message.
    static func snippet(_ text: String, limit: Int = 30) -> String {
        let value = trimmed(text)
        guard value.unicodeScalars.count > limit else { return value }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: value.unicodeScalars.prefix(limit))
        return String(view) + "…"
    }

    /// "1 column", "3 columns".
    static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }
}
