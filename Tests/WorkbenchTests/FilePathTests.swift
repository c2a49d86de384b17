import Foundation
import Testing
@testable import Workbench

/// `FilePath` must name files as Foundation's `NSString` path methods do, on the paths a
/// corpus holds (files, so no trailing slash): each case is checked against Foundation itself.
@Suite struct FilePathTests {
    static let paths = [
        "gaza.txt", "news/gaza.txt", "/abs/news/gaza.ar.txt", "corpora/news/2024/03/12-wire.md", "./x.md",
        "../shared/eval/easc-dev/Articles/Topic102/politics (18).TXT", "no-extension", "dir/no-extension",
        ".hidden", "dir/.hidden", "dir/.hidden.txt", "a.b.c", "dir.v2/file", "dir.v2/file.tsv", "trailing.",
        "x/trailing.", "عربي/خبر.txt", "feed.jsonl", "/top.txt", "a..b",
    ]

    @Test(arguments: paths)
    func namesAFileAsFoundationDoes(_ path: String) {
        let ns = path as NSString
        #expect(String(FilePath.lastComponent(of: path)) == ns.lastPathComponent)
        #expect(String(FilePath.stem(of: path)) == (ns.lastPathComponent as NSString).deletingPathExtension)
        #expect(String(FilePath.pathExtension(of: path)) == ns.pathExtension)
        #expect(FilePath.sibling(of: path, named: "x.en.txt")
            == (ns.deletingLastPathComponent as NSString).appendingPathComponent("x.en.txt"))
    }

    @Test func joinsAFolderAndAName() {
        #expect(FilePath.joining("corpora", "news/a.txt") == "corpora/news/a.txt")
        #expect(FilePath.joining("corpora/", "a.txt") == "corpora/a.txt")
        #expect(FilePath.joining("/", "a.txt") == "/a.txt")
        #expect(FilePath.joining("", "a.txt") == "a.txt")
    }
}
