import Foundation
import Testing
@_exported import TestSupport

/// Helpers shared by the ArabicText tests.
enum Fixtures {
    static func url(_ name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")
    }

    static func text(_ name: String) -> String {
        guard let url = url(name), let text = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing fixture \(name)")
            return ""
        }
        return text
    }

    /// Lines of real Arabic written for the project (fixtures and the sample corpus), plus the
    /// seed articles when `../shared` is beside the repository (read, never copied).
    static func realLines() -> [String] {
        var texts = [text("noisy-article.txt")]
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folders = [root.appendingPathComponent("corpora"), root.deletingLastPathComponent().appendingPathComponent("shared/seeds")]
        for folder in folders {
            guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in files where file.pathExtension == "txt" {
                if let text = try? String(contentsOf: file, encoding: .utf8) { texts.append(text) }
            }
        }
        return texts.flatMap { $0.split(separator: "\n").map(String.init) }
    }
}

