/// JSON values written by hand for output lines that are written by the thousand (`eval`'s
/// documents, `align`'s sentences), byte for byte as `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` writes them: `JSONEncoder` takes ~20 µs a line,
/// which dominated those commands. The caller writes the keys, in sorted order.
///
/// ```swift
/// JSONText.string("قال: \"لا\"")   // "قال: \"لا\"" — quoted, the inner quotes escaped
/// JSONText.number(1.0)             // 1
/// ```
public enum JSONText {
    /// A finite number as `JSONEncoder` writes it: the shortest representation that reads back
    /// the same, without a trailing `.0` (`1.0` → `1`, `0.25` → `0.25`, `1e-07`).
    public static func number(_ value: Double) -> String {
        var text = value.description
        let utf8 = text.utf8
        if utf8.count > 2 && utf8.last == UInt8(ascii: "0") && utf8[utf8.index(utf8.endIndex, offsetBy: -2)] == UInt8(ascii: ".") {
            text.removeLast(2)
        }
        return text
    }

    /// `text` quoted, with `"`, `\` and control characters escaped (`\n`, `\t`, `\u001f`, …);
    /// `/` and non-ASCII characters are written as they are.
    public static func string(_ text: String) -> String {
        // Most names need no escape: quoted as they are.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + text + "\"" }
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: result += "\\\""
            case 0x5C: result += "\\\\"
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0x08: result += "\\b"
            case 0x0C: result += "\\f"
            case 0..<0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
