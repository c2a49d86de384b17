import Alignment
import ArgumentParser
import Foundation
import Workbench

extension MemoryFiles.Format: ExpressibleByArgument {}

struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "The translation memory: import, export, search.",
        subcommands: [Import.self, Export.self, Search.self]
    )

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add the units of TMX 1.4b or TSV (arabic<TAB>english) files; a bad file imports nothing.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Memory files.") var files: [String]
        @Option(help: "The files' format (default: from each name): tmx or tsv.") var format: MemoryFiles.Format?

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("name at least one memory file") }
        }

        func run() throws {
            // Every file is read before anything is stored: one bad file imports nothing.
            let memories = try files.map { try MemoryFiles.read($0, format: format) }
            let workbench = try store.open()
            var added = 0, unchanged = 0, skipped = 0
            for (file, memory) in zip(files, memories) {
                let report = try workbench.importMemory(memory.units, origin: .imported, file: file)
                added += report.added
                unchanged += report.unchanged
                skipped += memory.skippedVariants
            }
            Terminal.note("\(added) units added, \(unchanged) already in the memory"
                + (skipped > 0 ? ", \(skipped) variants in other languages skipped" : ""))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Write the memory as TMX 1.4b or TSV to standard output.")

        @OptionGroup var store: StoreOptions
        @Option(help: "tmx or tsv.") var format: MemoryFiles.Format = .tmx

        func run() throws {
            let units = try store.open().memoryUnits().map(\.unit)
            var output = Output()
            switch format {
            case .tmx: output.write(TMXWriter.write(TranslationMemoryFile(units: units)))
            case .tsv: output.write(TSVMemory.write(units))
            }
            output.flush()
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Find the memory's matches for an Arabic sentence, with the match percentage and the differences marked.")

        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp(
            "The Arabic sentence, or - to read sentences from standard input, one a line, each answered as it comes.",
            discussion: "With -, --format jsonl writes one line per sentence: {\"query\": ..., \"matches\": [...]}, so a CAT tool can keep one process open for its look-ups."))
        var sentence: String
        @Option(help: "The lowest match percentage shown.") var min = 70
        @Option(help: "At most this many matches.") var top = 5
        @Option(help: "Output: table, jsonl or json.") var format: ListFormat = .table

        struct Row: Encodable {
            struct Difference: Encodable {
                var kind: String
                var query: [Int]?
                var memory: [Int]?
            }

            var percent: Int
            var arabic: String
            var english: String
            var origin: String
            var document: String?
            var differences: [Difference]
        }

        func validate() throws {
            guard (0...100).contains(min) else { throw ValidationError("--min must be 0...100, got \(min)") }
            guard top > 0 else { throw ValidationError("--top must be at least 1, got \(top)") }
        }

        /// One answer of the standard-input mode.
        struct Answer: Encodable {
            var query: String
            var matches: [Row]
        }

        func run() throws {
            let workbench = try store.open()
            guard sentence == "-" else {
                try answer(sentence, hits: workbench.memoryMatches(for: sentence, minimum: min, top: top))
                return
            }
            // One look-up per line, answered (and flushed) before the next line is read.
            while let line = readLine(strippingNewline: true) {
                let query = line.trimmingCharacters(in: .whitespaces)
                guard !query.isEmpty else { continue }
                let hits = try workbench.memoryMatches(for: query, minimum: min, top: top)
                if format == .table {
                    var output = Output()
                    output.line("» " + query)
                    output.flush()
                    try answer(query, hits: hits)
                } else {
                    var output = Output()
                    output.line(try JSONLines.line(Answer(query: query, matches: hits.map(Self.row))))
                    output.flush()
                }
            }
        }

        static func row(_ hit: MemoryHit) -> Row {
            Row(percent: hit.match.percent, arabic: hit.unit.unit.arabic.plain, english: hit.unit.unit.english.plain,
                origin: hit.unit.origin.rawValue, document: hit.unit.document,
                differences: hit.match.differences.map {
                    .init(kind: $0.kind.rawValue, query: $0.query.map { [$0.lowerBound, $0.upperBound] },
                          memory: $0.memory.map { [$0.lowerBound, $0.upperBound] })
                })
        }

        private func answer(_ sentence: String, hits: [MemoryHit]) throws {
            var output = Output()
            switch format {
            case .json, .jsonl:
                let rows = hits.map(Self.row)
                if format == .json {
                    output.line(try JSONLines.document(rows))
                } else {
                    for row in rows { output.line(try JSONLines.line(row)) }
                }
            case .table:
                if hits.isEmpty { Terminal.note("no match of \(min)% or more") }
                let colour = Terminal.standardOutputIsTerminal
                for hit in hits {
                    let marked = hit.match.differences.compactMap(\.memory)
                    output.line("\(String(hit.match.percent).leftPadded(3))%  "
                        + KeywordInContext.line(hit.unit.unit.arabic.plain, matches: marked, colour: colour, context: 10_000))
                    output.line("      \(hit.unit.unit.english.plain)")
                }
            }
            output.flush()
        }
    }
}
