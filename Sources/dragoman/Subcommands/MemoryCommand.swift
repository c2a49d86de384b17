import Alignment
import ArgumentParser
import Foundation
import Workbench

extension MemoryFiles.Format: ExpressibleByArgument {}

struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "The translation memory: import, export, search.",
        subcommands: [Import.self, Export.self]
    )

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
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
        static let configuration = CommandConfiguration(abstract: "Write the memory as TMX 1.4b or TSV to standard output.")

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
}
