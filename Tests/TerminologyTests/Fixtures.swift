import Foundation
import Testing

/// Files the Terminology tests read: fixtures in the bundle, and real glossaries beside the
/// repository when they are there.
enum Fixtures {
    static func text(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/formats"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            Issue.record("missing fixture \(name)")
            return ""
        }
        return text
    }

    /// The repository's root folder (the one holding `Package.swift`).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The text of `relative` (from the repository's root), or nil when the file is absent.
    static func optionalText(_ relative: String) -> String? {
        try? String(contentsOf: repository.appendingPathComponent(relative), encoding: .utf8)
    }
}
