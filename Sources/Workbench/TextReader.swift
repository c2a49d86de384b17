import Foundation

/// Reads text input (a file path, or `-` for standard input) as validated UTF-8.
///
/// Rejects what is not text with an `InputError` that says where: invalid UTF-8 (with the byte
/// offset and line), a binary file (a NUL byte), an empty file. A byte-order mark is dropped.
public enum TextReader {
    /// Reads and validates `path`.
    public static func read(_ path: String) throws(InputError) -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(file: path, "no such file")
            }
            guard !isDirectory.boolValue else { throw InputError(file: path, "is a folder, expected a text file") }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw InputError(file: path, "cannot be read (permissions?)")
            }
            data = contents
        }
        return try decode(data, file: path)
    }

    /// Validates and decodes `data` as UTF-8 text.
    public static func decode(_ data: Data, file: String) throws(InputError) -> String {
        let bytes = [UInt8](data)
        if let problem = firstProblem(bytes) { throw InputError(file: file, line: problem.line, problem.message) }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw InputError(file: file, "empty file, expected text")
        }
        return text
    }

    private static func firstProblem(_ bytes: [UInt8]) -> (line: Int, message: String)? {
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                index += 1
                continue
            }
            if byte == 0 { return (line, "binary file (NUL byte at offset \(index)), expected UTF-8 text") }
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, invalidUTF8(at: index, byte))
            }
            guard index + length <= bytes.count else { return (line, invalidUTF8(at: index, byte)) }
            for continuation in 1..<length where bytes[index + continuation] & 0xC0 != 0x80 {
                return (line, invalidUTF8(at: index, byte))
            }
            // Overlong forms, surrogates and values past U+10FFFF.
            let second = bytes[index + 1]
            if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F)
                || (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second > 0x8F)
            {
                return (line, invalidUTF8(at: index, byte))
            }
            index += length
        }
        return nil
    }

    private static func invalidUTF8(at offset: Int, _ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "invalid UTF-8 at byte offset \(offset) (0x\(hex.count == 1 ? "0" + hex : hex)), expected UTF-8 text"
    }
}
