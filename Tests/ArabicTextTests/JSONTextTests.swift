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

    /// Text is skipped eight bytes at a time while no byte needs escaping: each character
    /// that does, at every place in and around such a block, in Arabic and ASCII text, is
    /// still escaped as `JSONEncoder` escapes it; and bytes next to those characters (`!` and
    /// `#` beside `"`, `[` and `]` beside `\`, space and DEL above the controls) are not.
    @Test func escapesEveryCharacterAtEveryPlaceOfAnEightByteBlock() throws {
        let specials = ["\"", "\\", "\n", "\u{0}", "\u{1F}", "\t", "!", "#", "[", "]", " ", "\u{7F}"]
        for filler in ["abcdefghijklmnopqrstu", "بغدادالعراقسوريا"] {
            let base = Array(filler.unicodeScalars)
            for special in specials {
                for place in 0...base.count {
                    var scalars = base
                    scalars.insert(contentsOf: special.unicodeScalars, at: place)
                    let text = String(String.UnicodeScalarView(scalars)) + special
                    let expected = try Self.encoded([text]).dropFirst().dropLast()
                    #expect(JSONText.string(text) == String(expected), "\(text.debugDescription)")
                }
            }
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

    /// What the writer is asked to write below, as `JSONEncoder` writes it.
    struct Row: Encodable {
        struct Term: Encodable { var arabic: String; var flag: Bool?; var score: Double }
        var empty: [Term]
        var kind: String
        var nothing: String?
        var sentence: Int
        var terms: [Term]
        var words: [String]

        func encode(to encoder: any Encoder) throws {
            enum Keys: String, CodingKey { case empty, kind, nothing, sentence, terms, words }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(empty, forKey: .empty)
            try container.encode(kind, forKey: .kind)
            try container.encode(nothing, forKey: .nothing)  // null, not left out
            try container.encode(sentence, forKey: .sentence)
            try container.encode(terms, forKey: .terms)
            try container.encode(words, forKey: .words)
        }
    }

    @Test func theWriterPlacesCommasAndNestsAsJSONEncoderDoes() throws {
        let row = Row(
            empty: [], kind: "body", nothing: nil, sentence: 12,
            terms: [Row.Term(arabic: "بغداد", flag: true, score: 1), Row.Term(arabic: "قال \"لا\"", flag: nil, score: 0.85)],
            words: ["a", "", "ب"])
        var json = JSONWriter()
        for _ in 0..<2 {
            json.beginObject()
            json.beginArray("empty")
            json.endArray()
            json.member("kind", string: row.kind)
            json.null("nothing")
            json.member("sentence", integer: row.sentence)
            json.beginArray("terms")
            for term in row.terms {
                json.beginObject()
                json.member("arabic", string: term.arabic)
                if let flag = term.flag { json.member("flag", bool: flag) }
                json.member("score", number: term.score)
                json.endObject()
            }
            json.endArray()
            json.beginArray("words")
            for word in row.words { json.element(string: word) }
            json.endArray()
            json.endObject()
            json.newline()
        }
        let line = try Self.encoded(row)
        #expect(String(decoding: json.bytes, as: UTF8.self) == line + "\n" + line + "\n")
    }
}
