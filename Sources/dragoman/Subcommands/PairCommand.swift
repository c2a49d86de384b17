import Alignment
import ArgumentParser
import Foundation
import Terminology
import Workbench

struct PairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pair",
        abstract: "Align an Arabic text with its English translation, sentence by sentence.",
        discussion: """
            Beads may join or split sentences (1-1, 1-2, 2-1, 2-2) or leave one out (1-0, \
            0-1). Costs combine a length model estimated from the two texts with anchors: \
            glossary term pairs, numbers, Latin tokens and transliterated names. A weak bead \
            is worth a look. --store keeps the pairs in the workbench's translation memory.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var store: StoreOptions
    @Argument(help: "The Arabic text, or - for standard input.") var arabic: String
    @Argument(help: "Its English translation.") var english: String
    @Option(name: .customLong("glossary"), help: ArgumentHelp("A glossary file for anchors (repeatable); default: the workbench's.", valueName: "file"))
    var glossaries: [String] = []
    @Flag(help: "Take each line of the inputs as one sentence (pre-segmented files).") var lines = false
    @Flag(name: .customLong("store"), help: "Keep the pairs as translation units.") var keep = false
    @Option(help: "Output: table or json.") var format: Format = .table

    struct BeadRow: Encodable {
        var arabic: [Int]
        var english: [Int]
        var score: Double
        var weak: Bool
    }

    func run() throws {
        let arabicSentences = try Self.sentences(of: arabic, lines: lines, english: false)
        let englishSentences = try Self.sentences(of: english, lines: lines, english: true)
        let concepts: [Concept]
        if !glossaries.isEmpty {
            concepts = try GlossaryFiles.read(glossaries, checkingConflicts: false).map(\.concept)
        } else if FilePath.kind(of: store.path) != nil {
            concepts = try store.open().concepts().map(\.concept)
        } else {
            concepts = []
        }
        let pairing = ParallelDocuments(matcher: TermMatcher(concepts: concepts))
        let beads = pairing.beads(arabic: arabicSentences, english: englishSentences)
        var output = Output()
        switch format {
        case .json:
            let rows = beads.map {
                BeadRow(arabic: Array($0.arabic), english: Array($0.english), score: ($0.score * 10_000).rounded() / 10_000,
                        weak: $0.isWeak)
            }
            output.line(try JSONLines.document(["beads": rows]))
        case .table:
            for bead in beads {
                let shape = "\(bead.arabic.count)-\(bead.english.count)"
                let mark = bead.isWeak ? "weak" : "    "
                output.line("\(shape)  \(String(format: "%.2f", bead.score))  \(mark)  "
                    + "ar \(Self.describe(bead.arabic))  en \(Self.describe(bead.english))")
                for index in bead.arabic { output.line("      \(arabicSentences[index])") }
                for index in bead.english { output.line("      \(englishSentences[index])") }
            }
        }
        output.flush()
        if keep {
            let units = pairing.units(arabic: arabicSentences, english: englishSentences).map {
                TranslationUnit(arabic: Segment($0.arabic), english: Segment($0.english))
            }
            let report = try store.open().importMemory(units, origin: .added, file: arabic)
            Terminal.note("\(report.added) units added to the memory, \(report.unchanged) already there")
        }
    }

    static func describe(_ range: Range<Int>) -> String {
        range.isEmpty ? "-" : range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound - 1)"
    }

    static func sentences(of path: String, lines: Bool, english: Bool) throws -> [String] {
        let text = try TextReader.read(path)
        if lines { return SentencePairs.lines(of: text) }
        if english { return ParallelDocuments.englishSentences(of: text) }
        return try InputDocument.sentences(of: text, file: path).map(\.text)
    }
}
