import ArgumentParser
import Foundation
import Terminology
import Workbench

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Manage the workbench's termbase: import, export, list, look up, add, remove.",
        subcommands: [Import.self, Export.self, List.self, Lookup.self, Add.self, Remove.self]
    )

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add the concepts of glossary files (TSV, CSV, TBX); a concept with a stored English term replaces it.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Glossary files.") var files: [String]
        @Option(help: "The files' format (default: from each name): tsv, csv or tbx.") var format: GlossaryFormat?

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("name at least one glossary file") }
        }

        func run() throws {
            let report = try store.open().importGlossary(files: files, format: format)
            Terminal.note("\(report.added) added, \(report.replaced) replaced, \(report.unchanged) unchanged")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Write the termbase as TBX, TSV or CSV to standard output.")

        @OptionGroup var store: StoreOptions
        @Option(help: "tbx, tsv or csv.") var format: GlossaryFormat = .tsv

        func run() throws {
            let concepts = try store.open().concepts().map(\.concept)
            var output = Output()
            output.write(GlossaryWriter.write(concepts, format: format))
            output.flush()
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the concepts.")

        @OptionGroup var store: StoreOptions
        @Option(help: "Only concepts of this domain.") var domain: String?
        @Option(help: "Output: table, jsonl or json.") var format: ListFormat = .table

        func run() throws {
            let concepts = try store.open().concepts().filter { domain == nil || $0.concept.domain == domain }
            try ConceptRow.print(concepts, format: format)
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lookup",
            abstract: "Find concepts by an Arabic or English word, whatever its diacritics, alef spelling or case.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The word or phrase.") var word: String
        @Option(help: "Output: table, jsonl or json.") var format: ListFormat = .table

        func run() throws {
            let store = try self.store.open()
            var found = try store.lookUp(word)
            // A word with clitics (للعراق) is found through the matcher.
            let all = try store.concepts()
            let matcher = TermMatcher(concepts: all.map(\.concept))
            for match in matcher.matches(in: word) where !found.contains(where: { $0.id == all[match.conceptIndex].id }) {
                found.append(all[match.conceptIndex])
            }
            if found.isEmpty {
                throw CommandFailure(message: "no concept has the form '\(word)'")
            }
            try ConceptRow.print(found, format: format)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add one concept.")

        @OptionGroup var store: StoreOptions
        @Option(help: "The approved English term.") var english: String
        @Option(help: "The preferred Arabic form.") var arabic: String
        @Option(name: .customLong("arabic-variant"), help: "Another Arabic form (repeatable).") var arabicVariants: [String] = []
        @Option(name: .customLong("english-variant"), help: "Another English form (repeatable).") var englishVariants: [String] = []
        @Option(help: "The subject field (place, org, person, ...).") var domain = ""
        @Option(help: "Advice for translators.") var note = ""

        func validate() throws {
            guard !english.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--english is empty") }
            guard !arabic.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--arabic is empty") }
        }

        func run() throws {
            let concept = Concept(english: english, arabic: arabic, arabicVariants: arabicVariants,
                                  englishVariants: englishVariants, domain: domain, note: note)
            let store = try self.store.open()
            let entries = try store.concepts().map { GlossaryEntry(concept: $0.concept, line: 0) }
                + [GlossaryEntry(concept: concept, line: 1)]
            if let conflict = GlossaryConflict.conflicts(in: entries).first(where: { $0.second.line == 1 }) {
                throw CommandFailure(message: "\(conflict.language.rawValue) form \"\(conflict.form)\" already names \"\(conflict.first.concept.english)\"")
            }
            try store.addConcept(concept)
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove a concept, named by its English term.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The concept's English term.") var english: String

        func run() throws {
            guard try store.open().removeConcept(english: english) else {
                throw CommandFailure(message: "no concept named '\(english)'")
            }
        }
    }
}

/// A concept as `glossary list` and `lookup` print it.
struct ConceptRow: Encodable {
    var english: String
    var arabic: String
    var arabicVariants: [String]
    var englishVariants: [String]
    var domain: String
    var note: String
    var status: String
    var origin: String?

    enum CodingKeys: String, CodingKey {
        case english, arabic, domain, note, status, origin
        case arabicVariants = "arabic_variants"
        case englishVariants = "english_variants"
    }

    init(_ stored: StoredConcept) {
        let concept = stored.concept
        english = concept.english
        arabic = concept.arabic
        arabicVariants = concept.arabicVariants
        englishVariants = concept.englishVariants
        domain = concept.domain
        note = concept.note
        status = concept.status.rawValue
        origin = stored.origin
    }

    static func print(_ concepts: [StoredConcept], format: ListFormat) throws {
        var output = Output()
        let rows = concepts.map(ConceptRow.init)
        switch format {
        case .json: output.line(try JSONLines.document(rows))
        case .jsonl: for row in rows { output.line(try JSONLines.line(row)) }
        case .table:
            for row in rows {
                let variants = row.arabicVariants.isEmpty ? "" : "  (\(row.arabicVariants.joined(separator: " | ")))"
                let english = row.englishVariants.isEmpty ? row.english : "\(row.english) [\(row.englishVariants.joined(separator: ", "))]"
                output.line("\(english.padding(toLength: max(english.count, 32), withPad: " ", startingAt: 0))  \(row.arabic)\(variants)")
            }
        }
        output.flush()
    }
}
