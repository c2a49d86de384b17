/// Small text helpers shared by the glossary readers and writers. They work on Unicode scalars,
/// never on `Character`s: `"\r\n"` is one `Character`, and a field may start with a combining mark.
enum GlossaryText {
    /// The text without a leading UTF-8 byte-order mark.
    static func droppingByteOrderMark(_ text: String) -> Substring.UnicodeScalarView {
        let scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { return scalars.dropFirst() }
        return scalars
    }

    /// Trimmed `value`: `value` itself when there is nothing to trim, else one UTF-8 copy.
    static func trimmed(_ value: String) -> String {
        if let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
            !first.properties.isWhitespace, !last.properties.isWhitespace
        {
            return value
        }
        return trimmed(Substring(value).unicodeScalars)
    }

    /// `value` without surrounding white space (spaces, tabs, line breaks, no-break spaces),
    /// copied as UTF-8 in one piece (the readers' hot path).
    static func trimmed(_ value: Substring.UnicodeScalarView) -> String {
        guard let start = value.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = value.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(Substring(value[start...last]))
    }

    /// The `|`-separated forms of a variants field, each trimmed, empty ones dropped.
    static func variants(_ field: String) -> [String] {
        field.unicodeScalars.split(separator: "|", omittingEmptySubsequences: false)
            .map { trimmed($0) }
            .filter { !$0.isEmpty }
    }

    /// `value` with every scalar for which `replace` holds turned into `replacement`.
    static func replacing(_ value: String, where replace: (Unicode.Scalar) -> Bool, with replacement: Unicode.Scalar)
        -> String
    {
        guard value.unicodeScalars.contains(where: replace) else { return value }
        var view = String.UnicodeScalarView()
        for scalar in value.unicodeScalars { view.append(replace(scalar) ? replacement : scalar) }
        return String(view)
    }

    /// Whether `scalar` ends a line in some convention (LF, CR, VT, FF, NEL, LS, PS).
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// The primary language subtag, lowercased: `ar` for `ar_AR`, `AR`, `ar-SA`.
    static func primaryLanguageSubtag(_ language: String) -> String {
        String(trimmed(language).lowercased().unicodeScalars.prefix { $0 != "-" && $0 != "_" })
    }

    /// "1 column", "3 columns".
    static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }
}
