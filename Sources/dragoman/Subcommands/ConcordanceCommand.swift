import Foundation
import ArgumentParser
import Terminology
import Workbench

struct ConcordanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concordance",
        abstract: "Every occurrence of a glossary concept across the ingested corpus, in context.",
        discussion: """
            Name the concept by any of its English or Arabic forms (للعراق, Iraq, ISIS). \
            Occurrences are found exactly as align finds them, with their clitics and variants.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var glossary: GlossaryOptions
    @Argument(help: "The concept, in English or Arabic.") var term: String
    @Option(help: "Output: table, jsonl or json.") var format: ListFormat = .table

    struct Row: Encodable {
        var document: String
        var date: String?
        var source: String?
        var sentence: Int
        var text: String
        var english: String
        var surface: String
        var start: Int
        var end: Int
        var match: String
    }

    func run() throws {
        let matcher = try glossary.matcher(store: store)
        guard let concept = ConceptResolver.concept(named: term, in: matcher) else {
            throw CommandFailure(message: "no concept named '\(term)' in the glossary; try `dragoman glossary lookup`")
        }
        let lines = try store.open().concordance(of: concept, matcher: matcher)
        var output = Output()
        switch format {
        case .json, .jsonl:
            let rows = lines.map {
                Row(document: $0.slug, date: $0.date, source: $0.source, sentence: $0.sentence, text: $0.text,
                    english: $0.match.english, surface: $0.match.surface, start: $0.match.range.lowerBound,
                    end: $0.match.range.upperBound, match: $0.match.kind.rawValue)
            }
            if format == .json {
                output.line(try JSONLines.document(rows))
            } else {
                for row in rows { output.line(try JSONLines.line(row)) }
            }
        case .table:
            let name = matcher.concepts[concept].english
            Terminal.note("\(name): \(lines.count) occurrence\(lines.count == 1 ? "" : "s")")
            let colour = Terminal.standardOutputIsTerminal
            for line in lines {
                output.line("\(line.date ?? "----------")  \(line.slug)#\(line.sentence)  \(line.match.kind.rawValue)")
                output.line("    " + KeywordInContext.line(line.text, matches: [line.match.range], colour: colour))
            }
        }
        output.flush()
    }
}

/// Finds the concept a user names on the command line.
enum ConceptResolver {
    /// The concept whose English form is `name` (any case), else the one whose Arabic form
    /// covers all of `name` (clitics allowed: للعراق names Iraq).
    static func concept(named name: String, in matcher: TermMatcher) -> Int? {
        let folded = EnglishWords.folded(name)
        if let index = matcher.concepts.firstIndex(where: { concept in
            concept.englishForms.contains { EnglishWords.folded($0) == folded }
        }) {
            return index
        }
        let matches = matcher.matches(in: name)
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if matches.count == 1, let match = matches.first, match.surface == trimmed { return match.conceptIndex }
        return nil
    }
}
