import Foundation
import GRDB
import Testing
import TestSupport
@testable import Workbench

/// Every kind of bad input gives one clear line that names the file (and line, and byte).
@Suite struct InputErrorTests {
    func error(reading data: Data, named name: String = "bad.txt") -> String? {
        let scratch = Scratch()
        let file = scratch.write(name, data)
        do {
            _ = try CorpusReader().readTextArticle(file)
            return nil
        } catch {
            return error.description.replacingOccurrences(of: file, with: name)
        }
    }

    @Test func namesTheByteOffsetOfInvalidUTF8() {
        // "اب\n" is 5 bytes; the stray continuation byte 0x80 sits at offset 5, on line 2.
        #expect(error(reading: Data([0xD8, 0xA7, 0xD8, 0xA8, 0x0A, 0x80])) ==
            "bad.txt:2: invalid UTF-8 at byte offset 5 (0x80), expected UTF-8 text")
    }

    /// Twenty ASCII bytes a line (read eight at a time), then a bad byte on line 4.
    @Test func findsABadByteAfterLongASCIIRuns() {
        let line = Array("the talks resumed .\n".utf8)
        #expect(line.count == 20)
        let data = Data(line + line + line + [0x61, 0x62, 0xC3, 0x28])
        #expect(error(reading: data) == "bad.txt:4: invalid UTF-8 at byte offset 62 (0xC3), expected UTF-8 text")
        #expect(error(reading: Data(line + line + [0x41, 0x00])) == "bad.txt:3: binary file (NUL byte at offset 41), expected UTF-8 text")
    }

    /// Sequences shaped like UTF-8 that the standard forbids: an overlong `/`, a UTF-16
    /// surrogate, a value past U+10FFFF, a sequence cut short at the end of the file.
    @Test(arguments: [
        ([0xC0, 0xAF] as [UInt8], "0xC0"), ([0xE0, 0x80, 0xAF], "0xE0"), ([0xED, 0xA0, 0x80], "0xED"),
        ([0xF4, 0x90, 0x80, 0x80], "0xF4"), ([0xD8], "0xD8"),
    ])
    func rejectsWhatTheUTF8StandardForbids(_ bad: [UInt8], _ byte: String) {
        let text = Array("قال الوزير ".utf8)
        #expect(error(reading: Data(text + bad)) == "bad.txt:1: invalid UTF-8 at byte offset \(text.count) (\(byte)), expected UTF-8 text")
    }

    @Test func rejectsAnEmptyFile() {
        #expect(error(reading: Data()) == "bad.txt: empty file, expected text")
        #expect(error(reading: Data(" \n\n".utf8)) == "bad.txt: empty file, expected text")
    }

    /// A byte-order mark is left out of the text; the offsets of a problem after one still
    /// count it (they are offsets in the file), and a file that holds only one is empty.
    @Test func leavesOutAByteOrderMark() throws {
        let scratch = Scratch()
        let file = scratch.write("bom.txt", Data([0xEF, 0xBB, 0xBF] + Array("قال الوزير.\n".utf8)))
        let article = try CorpusReader().readTextArticle(file)
        #expect(article.text == "قال الوزير.\n")
        #expect(article.text.unicodeScalars.first == "ق")
        #expect(error(reading: Data([0xEF, 0xBB, 0xBF, 0x0A, 0x20])) == "bad.txt: empty file, expected text")
        #expect(error(reading: Data([0xEF, 0xBB, 0xBF, 0x41, 0x0A, 0xFF]))
            == "bad.txt:2: invalid UTF-8 at byte offset 5 (0xFF), expected UTF-8 text")
        // A mark further in is text, not a byte-order mark, and stays.
        let inner = scratch.write("inner.txt", Data(Array("أ".utf8) + [0xEF, 0xBB, 0xBF] + Array("ب".utf8)))
        #expect(try CorpusReader().readTextArticle(inner).text == "أ\u{FEFF}ب")
    }

    @Test func rejectsABinaryFile() {
        #expect(error(reading: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]))
            == "bad.txt:1: invalid UTF-8 at byte offset 0 (0x89), expected UTF-8 text")
        #expect(error(reading: Data([0x41, 0x00, 0x42])) == "bad.txt:1: binary file (NUL byte at offset 1), expected UTF-8 text")
    }

    @Test func rejectsFrontMatterWithoutItsClosingLine() {
        #expect(error(reading: Data("---\nslug: a\nنص الخبر.\n".utf8)) == "bad.txt:3: front matter line is not 'key: value'")
        #expect(error(reading: Data("---\nslug: a\ntitle: b\n".utf8)) == "bad.txt:1: front matter has no closing '---'")
    }

    @Test func rejectsAnImpossibleDate() {
        #expect(error(reading: Data("---\nslug: a\ndate: 2024-02-30\n---\nنص.\n".utf8))
            == "bad.txt:3: impossible date '2024-02-30', expected YYYY-MM-DD")
    }

    @Test func rejectsAMissingPath() {
        var errors: [String] = []
        CorpusReader().forEachArticle(in: ["/nonexistent/feed"]) {
            if case .failure(let error) = $0 { errors.append(error.description) }
        }
        #expect(errors == ["/nonexistent/feed: no such file or folder"])
    }

    @Test func refusesADatabaseFileThatIsNotSQLite() {
        let scratch = Scratch()
        let path = scratch.write("notes.sqlite", "هذه ليست قاعدة بيانات\n" + String(repeating: "x", count: 200))
        #expect(throws: StoreError.notADatabase(path: path)) { try Store(path: path) }
    }

    @Test func refusesADatabaseWrittenByANewerSchema() throws {
        let scratch = Scratch()
        let path = scratch.path("new.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "PRAGMA user_version = 99") }
        }
        #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: Store.schemaVersion)) {
            try Store(path: path)
        }
    }
}
