import Foundation
import Testing

/// Files the TMX tests read: fixtures in the bundle, and real memories beside the repository
/// when they are there.
enum TMXFixtures {
    static func text(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/tmx"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            Issue.record("missing fixture \(name)")
            return ""
        }
        return text
    }

    /// The package's root folder: the nearest folder above this file that holds `Package.swift`.
    static let repository: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }()

    /// The text of `relative` (from the package's root), or nil when the file is absent.
    static func optionalText(_ relative: String) -> String? {
        try? String(contentsOf: repository.appendingPathComponent(relative), encoding: .utf8)
    }

    /// A TMX document whose body holds `lines`, the first of them on line 4.
    static func document(_ lines: [String]) -> String {
        ([
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<tmx version=\"1.4\"><header srclang=\"ar\"/>",
            "<body>",
        ] + lines + ["</body>", "</tmx>"]).joined(separator: "\n")
    }
}
