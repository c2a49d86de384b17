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

    /// What a path names, as `FileManager` tells it: a file, a folder, a link to either, nothing.
    @Test func tellsFilesFromFoldersAsTheFileManagerDoes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filepath-kind-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link-to-sub", withDestinationPath: folder + "/sub")
        try FileManager.default.createSymbolicLink(atPath: folder + "/link-to-a", withDestinationPath: folder + "/a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling", withDestinationPath: folder + "/gone")
        let expected: [String: FilePath.Kind?] = [
            "a.txt": .file, "sub": .folder, "link-to-sub": .folder, "link-to-a": .file, "dangling": nil, "missing": nil,
            "a.txt/inside": nil,
        ]
        for (name, kind) in expected {
            let path = folder + "/" + name
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            #expect(FilePath.kind(of: path) == kind, "\(name)")
            #expect(FilePath.kind(of: path) == (exists ? (isDirectory.boolValue ? .folder : .file) : nil), "\(name)")
        }
    }

    @Test func joinsAFolderAndAName() {
        #expect(FilePath.joining("corpora", "news/a.txt") == "corpora/news/a.txt")
        #expect(FilePath.joining("corpora/", "a.txt") == "corpora/a.txt")
        #expect(FilePath.joining("/", "a.txt") == "/a.txt")
        #expect(FilePath.joining("", "a.txt") == "a.txt")
    }
}
