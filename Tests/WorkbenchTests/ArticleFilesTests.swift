import Foundation
import Testing
import TestSupport
@testable import Workbench

/// `ArticleFiles.read` reads its files on all cores: the articles must still come in the order
/// of the command line (a folder's files sorted), and the error must be the first in that order.
@Suite struct ArticleFilesTests {
    /// Twenty files over a folder and single paths, more than there are cores.
    func corpus() -> (Scratch, [String]) {
        let scratch = Scratch()
        for number in 1...12 { scratch.write("folder/\(String(format: "%02d", number)).txt", "الخبر رقم \(number) من المجلد.\n") }
        scratch.write("folder/notes.en.txt", "An English translation, not an article.\n")
        let singles = (1...8).map { scratch.write("single-\($0).txt", "الخبر المفرد رقم \($0).\n") }
        return (scratch, [singles[0], scratch.path("folder")] + singles.dropFirst())
    }

    @Test func keepsTheOrderOfTheCommandLine() throws {
        let (scratch, paths) = corpus()
        let articles = try withExtendedLifetime(scratch) { try ArticleFiles.read(paths) }
        #expect(articles.map(\.slug) == ["single-1"] + (1...12).map { String(format: "%02d", $0) } + (2...8).map { "single-\($0)" })
        #expect(articles[1].text == "الخبر رقم 1 من المجلد.\n")
    }

    @Test func theFirstBadFileInOrderIsTheError() throws {
        let (scratch, paths) = corpus()
        let empty = scratch.write("folder/05.txt", "  \n")
        let binary = scratch.write("single-7.txt", Data([0x41, 0x00]))
        #expect(throws: InputError(file: empty, "empty file, expected text")) { try ArticleFiles.read(paths) }
        // With the folder's bad file gone, the later one is the error; a missing path likewise.
        try FileManager.default.removeItem(atPath: empty)
        #expect(throws: InputError(file: binary, line: 1, "binary file (NUL byte at offset 1), expected UTF-8 text")) {
            try ArticleFiles.read(paths)
        }
        let missing = scratch.path("nowhere.txt")
        #expect(throws: InputError(file: missing, "no such file or folder")) { try ArticleFiles.read([missing] + paths) }
        // A path that names nothing is reported before any file is read, bad ones included.
        #expect(throws: InputError(file: missing, "no such file or folder")) { try ArticleFiles.read(paths + [missing]) }
    }

    /// A JSON Lines file gives several articles from one read: each is transformed too, in
    /// its place among the others.
    @Test func transformsEveryArticleOfAJSONLinesFileInOrder() throws {
        let (scratch, paths) = corpus()
        let lines = (1...9).map { #"{"id": "line-\#($0)", "text": "خبر السطر \#($0)."}"# }
        let feed = scratch.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let read = try ArticleFiles.read([paths[0], feed, paths[2]]) { ($0.slug, $0.text.unicodeScalars.count) }
        #expect(read.map(\.0) == ["single-1"] + (1...9).map { "line-\($0)" } + ["single-2"])
        let articles = try ArticleFiles.read([paths[0], feed, paths[2]])
        #expect(read.map(\.1) == articles.map { $0.text.unicodeScalars.count })
    }
}
