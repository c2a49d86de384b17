import Foundation
import Testing
import ArabicText

/// `JSONText` byte for byte against `JSONEncoder` with sorted keys and unescaped slashes, the
/// encoder the JSON contracts were first written with.
@Suite struct JSONTextTests {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func encoded(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func stringsAreEscapedAsJSONEncoderEscapesThem() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let texts = [
            "", "بغداد", "قال \"المتحدث\" إن", "a\\b", "a/b", "سطر\nسطر\r\n\tمسافة", controls, "\u{7F}\u{85}\u{2028}",
            "é e\u{301} 🇮🇶", "\"", "\\", "x\u{1F}",
        ]
        for text in texts {
            let expected = try Self.encoded([text]).dropFirst().dropLast()  // the array's brackets off
            #expect(JSONText.string(text) == String(expected), "\(text.debugDescription)")
            var bytes: [UInt8] = [0x7B]
            JSONText.append(string: text, to: &bytes)
            #expect(bytes == [0x7B] + Array(expected.utf8))
        }
    }

    @Test func numbersAndIntegersAreWrittenAsJSONEncoderWritesThem() throws {
        for value in [0.0, 1.0, 0.25, 0.85, 1e-07, 0.999557111048648, 123456.5, 1e21, -2.5] {
            var bytes: [UInt8] = []
            JSONText.append(number: value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == (try Self.encoded(value)), "\(value)")
        }
        for value in [0, 7, 10, 19, 1_000, -1, -40, Int.max, Int.min] {
            var bytes: [UInt8] = []
            JSONText.append(integer: value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == (try Self.encoded(value)), "\(value)")
        }
    }
}
