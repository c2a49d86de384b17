import Alignment
import Foundation
import Terminology
import Testing

/// Files the Alignment tests read: fixtures in the bundle, and real corpora beside the
/// repository when they are there.
enum Fixtures {
    /// A document pair with its gold alignment, as `Fixtures/gold-alignments.json` holds it.
    struct GoldDocument: Decodable {
        var name: String
        var arabic: [String]
        var english: [String]
        /// Each bead as [Arabic start, Arabic end, English start, English end].
        var beads: [[Int]]

        var gold: [Bead] {
            beads.map { Bead(arabic: $0[0]..<$0[1], english: $0[2]..<$0[3]) }
        }
    }

    private struct GoldFile: Decodable {
        var documents: [GoldDocument]
    }

    static func data(_ name: String) -> Data? {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            Issue.record("missing fixture \(name)")
            return nil
        }
        return try? Data(contentsOf: url)
    }

    static let goldDocuments: [GoldDocument] = {
        guard let data = data("gold-alignments.json"),
            let file = try? JSONDecoder().decode(GoldFile.self, from: data)
        else {
            Issue.record("cannot read gold-alignments.json")
            return []
        }
        return file.documents
    }()

    static let glossary: TermMatcher = {
        guard let data = data("gold-glossary.tsv"),
            let entries = try? GlossaryReader.read(String(decoding: data, as: UTF8.self), format: .tsv)
        else {
            Issue.record("cannot read gold-glossary.tsv")
            return TermMatcher(concepts: [])
        }
        return TermMatcher(concepts: entries.map(\.concept))
    }()

    /// The package's root: the first folder above this file that holds `Package.swift`.
    static let packageRoot: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    /// `../shared/eval/ntrex` beside the package, when it is there.
    static let ntrexFolder: URL? = {
        guard let root = packageRoot else { return nil }
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/eval/ntrex")
        let probe = folder.appendingPathComponent("DOCUMENT_IDS.tsv").path
        return FileManager.default.fileExists(atPath: probe) ? folder : nil
    }()

    /// The lines of a text file, CRLF or LF, without a final empty line.
    static func lines(_ url: URL) -> [String]? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        // "\r\n" is one Character: split on both forms of a line break.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
