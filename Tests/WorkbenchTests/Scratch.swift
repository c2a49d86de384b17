import Foundation
@testable import Workbench

/// A fresh folder (and workbench) per test, removed afterwards.
final class Scratch {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Writes `text` (UTF-8) at `relative`, creating folders; returns the full path.
    @discardableResult
    func write(_ relative: String, _ text: String) -> String {
        write(relative, Data(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, _ data: Data) -> String {
        let file = url.appendingPathComponent(relative)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: file)
        return file.path
    }

    func store() throws -> Store { try Store(path: path("workbench.sqlite")) }
}

/// Small articles written for these tests.
enum Articles {
    static func frontMatter(slug: String, date: String = "2024-03-10", source: String = "وكالة الاختبار",
                            body: String = defaultBody) -> String {
        """
        ---
        slug: \(slug)
        date: \(date)
        source: \(source)
        title: اجتماع في بغداد
        ---
        \(body)
        """
    }

    static let defaultBody = """
        وصل وزير الخارجية إلى بغداد صباح الأحد في زيارة رسمية.
        وقال الوزير إن المحادثات تناولت أمن الحدود والتعاون الاقتصادي.
        """
}
