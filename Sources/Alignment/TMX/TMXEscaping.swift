/// XML escaping for the TMX writer.
enum TMXEscaping {
    /// Appends `text` as XML character data: `& < >` escaped, CR kept as `&#13;` (a parser turns
    /// a literal CR into LF), scalars XML 1.0 cannot hold (most C0 controls, U+FFFE, U+FFFF)
    /// dropped.
    static func appendText(_ text: String, to output: inout String) {
        append(text, to: &output, inAttribute: false)
    }

    /// Appends `text` as the value of a double-quoted attribute: as character data, with `"`
    /// escaped too, and tab and LF as references (a parser turns them into spaces).
    static func appendAttribute(_ text: String, to output: inout String) {
        append(text, to: &output, inAttribute: true)
    }

    private static func append(_ text: String, to output: inout String, inAttribute: Bool) {
        if !text.utf8.contains(where: { needsWork($0, inAttribute: inAttribute) }) {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where inAttribute: output += "&quot;"
            case "\r": output += "&#13;"
            case "\t" where inAttribute: output += "&#9;"
            case "\n" where inAttribute: output += "&#10;"
            default:
                if isAllowed(scalar) { output.unicodeScalars.append(scalar) }
            }
        }
    }

    /// Whether the UTF-8 byte may call for escaping or dropping: markup characters, controls, and
    /// the lead byte of U+FFFE and U+FFFF.
    private static func needsWork(_ byte: UInt8, inAttribute: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0x0D, 0xEF: true
        case UInt8(ascii: "\""), 0x09, 0x0A: inAttribute
        case 0x00..<0x20: true
        default: false
        }
    }

    /// Whether XML 1.0 can hold `scalar` (its `Char` production).
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// Whether `name` can be written as an attribute name: a letter or `_` first, then letters,
    /// digits, `-`, `_`, `.`; a prefix only if it is `xml:` (the writer declares no namespaces,
    /// and libxml2 reports an undeclared prefix as an error).
    static func isWritableName(_ name: String) -> Bool {
        let local = name.hasPrefix("xml:") ? name.dropFirst(4) : Substring(name)
        guard let first = local.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else {
            return false
        }
        return local.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.".unicodeScalars.contains($0)
        }
    }

    /// Appends ` name="value"` for each pair, skipping names that cannot be written.
    static func appendAttributes(_ attributes: [(name: String, value: String)], to output: inout String) {
        for (name, value) in attributes where isWritableName(name) {
            output += " \(name)=\""
            appendAttribute(value, to: &output)
            output += "\""
        }
    }

    /// The pairs of `attributes` without the names in `excluded`, sorted by name so that the
    /// output does not depend on dictionary order.
    static func sorted(_ attributes: [String: String], excluding excluded: Set<String> = []) -> [(
        name: String, value: String
    )] {
        attributes.filter { !excluded.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
