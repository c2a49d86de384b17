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
    /// the same, without a trailing `.0` (`1.0` → `1`, `0.25` → `0.25`, `1e-07`); `null` for
    /// infinity and NaN, which JSON cannot write (`JSONEncoder` refuses them).
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
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
        var bytes: [UInt8] = []
        append(string: text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `string(text)`'s UTF-8 to `bytes`, copying the runs between escapes whole.
    public static func append(string text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            bytes.append(0x22)
            let raw = UnsafeRawBufferPointer(utf8)
            var run = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time while none needs escaping (Arabic text never does).
                if index + 8 <= utf8.count, !mayNeedEscaping(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                let escaped = index - 1
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<escaped]))
                run = index
                bytes.append(0x5C)
                switch byte {
                case 0x22, 0x5C: bytes.append(byte)
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
            bytes.append(0x22)
        }
    }

    /// Whether any of the eight bytes of `word` may need escaping: one below 0x20, a `"` or a
    /// `\`. Exact for words without such a byte (false), so they are copied without a look;
    /// a true may be a false alarm (a borrow across bytes), and the bytes are then looked at
    /// one by one.
    @inline(__always)
    static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        /// A byte of `value` is zero, or (a false alarm) a borrow reached its top bit.
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & high != 0 }
        let control = (word &- ones &* 0x20) & ~word & high != 0
        return control || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    /// Appends `number(value)`'s UTF-8 to `bytes`.
    public static func append(number value: Double, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: number(value).utf8)
    }

    /// Appends an integer in decimal to `bytes`.
    public static func append(integer value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { digits in
            repeat {
                digits[count] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
                count += 1
            } while magnitude > 0
            while count > 0 {
                count -= 1
                bytes.append(digits[count])
            }
        }
    }
}

/// One JSON value written member by member into UTF-8 bytes, commas placed for the caller:
/// the lines that are written by the thousand (`align`'s sentences, `eval`'s documents), byte
/// for byte as `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` writes them when the
/// caller gives the keys in sorted order.
///
/// ```swift
/// var json = JSONWriter()
/// json.beginObject()
/// json.member("score", number: 0.85)
/// json.beginArray("terms")
/// json.element(string: "بغداد")
/// json.endArray()
/// json.endObject()
/// String(decoding: json.bytes, as: UTF8.self)   // {"score":0.85,"terms":["بغداد"]}
/// ```
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Whether the next member or element follows another in its object or array.
    private var followsValue = false

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject(_ key: StaticString? = nil) { begin(key, UInt8(ascii: "{")) }

    public mutating func endObject() { end(UInt8(ascii: "}")) }

    public mutating func beginArray(_ key: StaticString? = nil) { begin(key, UInt8(ascii: "[")) }

    public mutating func endArray() { end(UInt8(ascii: "]")) }

    private mutating func begin(_ key: StaticString?, _ bracket: UInt8) {
        open(key)
        bytes.append(bracket)
        followsValue = false
    }

    private mutating func end(_ bracket: UInt8) {
        bytes.append(bracket)
        followsValue = true
    }

    /// A string element of the array being written.
    public mutating func element(string value: String) {
        write(nil) { JSONText.append(string: value, to: &$0) }
    }

    /// Keys are written as they are: names of the program's own, needing no escape.
    public mutating func member(_ key: StaticString, string value: String) {
        write(key) { JSONText.append(string: value, to: &$0) }
    }

    public mutating func member(_ key: StaticString, integer value: Int) {
        write(key) { JSONText.append(integer: value, to: &$0) }
    }

    public mutating func member(_ key: StaticString, number value: Double) {
        write(key) { JSONText.append(number: value, to: &$0) }
    }

    public mutating func member(_ key: StaticString, bool value: Bool) {
        write(key) { Self.append(value ? "true" : "false", to: &$0) }
    }

    public mutating func null(_ key: StaticString) {
        write(key) { Self.append("null", to: &$0) }
    }

    /// Begins an object member whose key is already quoted JSON text.
    public mutating func beginObject(quotedKey: [UInt8]) {
        comma()
        bytes.append(contentsOf: quotedKey)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: "{"))
        followsValue = false
    }

    /// A line break between top-level values (JSON Lines); the next value starts afresh.
    public mutating func newline() {
        bytes.append(0x0A)
        followsValue = false
    }

    /// A value (after its key, in an object) written by `body`.
    @inline(__always)
    private mutating func write(_ key: StaticString?, _ body: (inout [UInt8]) -> Void) {
        open(key)
        body(&bytes)
        followsValue = true
    }

    private mutating func open(_ key: StaticString?) {
        comma()
        if let key {
            bytes.append(UInt8(ascii: "\""))
            Self.append(key, to: &bytes)
            bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        }
    }

    private mutating func comma() {
        if followsValue { bytes.append(UInt8(ascii: ",")) }
    }

    private static func append(_ text: StaticString, to bytes: inout [UInt8]) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
