import ArgumentParser
import Terminology
import Workbench

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an English translation against the glossary.",
        discussion: """
            The two files hold a sentence a line. When they have as many lines, line N of the \
            English translates line N of the Arabic; otherwise they are paired first, as \
            `dragoman pair --lines` pairs them (findings then name the pair). Reports each Arabic term whose English (the approved form or a variant; \
            plural and possessive tolerated) is missing from its English line, and concepts \
            rendered in more than one way across the document. Exit status 1 when there are \
            findings, so a delivery can be gated on it.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, jsonl
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var glossary: GlossaryOptions
    @Option(help: ArgumentHelp("The Arabic source, a sentence a line.", valueName: "file")) var source: String
    @Option(help: ArgumentHelp("The English translation, a sentence a line.", valueName: "file")) var target: String
    @Option(help: "Output: table or jsonl.") var format: Format = .table

    func run() throws {
        let matcher = try glossary.matcher(store: store)
        let pairs = try SentencePairs.read(arabic: source, english: target, pairing: ParallelDocuments(matcher: matcher))
        let findings = TranslationChecker(matcher: matcher).findings(in: pairs)
        var output = Output()
        switch format {
        case .jsonl:
            for finding in findings { output.line(try JSONLines.line(FindingRow(finding))) }
        case .table:
            for finding in findings {
                switch finding.kind {
                case .missing:
                    let surface = finding.term?.surface ?? ""
                    output.line("\(target):\(finding.pair): missing \"\(finding.english)\" for \(surface)")
                    output.line("    ar: \(finding.arabicSentence)")
                    output.line("    en: \(finding.englishSentence)")
                case .inconsistent:
                    let forms = finding.renderings.map { rendering in
                        "\"\(rendering.english)\" (line\(rendering.pairs.count == 1 ? "" : "s") \(rendering.pairs.map(String.init).joined(separator: ", ")))"
                    }
                    output.line("\(target):\(finding.pair): \"\(finding.english)\" rendered inconsistently: \(forms.joined(separator: ", "))")
                }
            }
            if findings.isEmpty { Terminal.note("no findings in \(pairs.count) sentence pairs") }
        }
        output.flush()
        if !findings.isEmpty { throw ExitCode(1) }
    }
}

/// One finding of `check --format jsonl`.
struct FindingRow: Encodable {
    struct Rendering: Encodable {
        var english: String
        var lines: [Int]
    }

    var kind: String
    var line: Int
    var english: String
    var arabic: String?
    var surface: String?
    var start: Int?
    var end: Int?
    var arabicSentence: String
    var englishSentence: String
    var renderings: [Rendering]?

    init(_ finding: TranslationFinding) {
        kind = finding.kind.rawValue
        line = finding.pair
        english = finding.english
        arabic = finding.term?.arabic
        surface = finding.term?.surface
        start = finding.term?.range.lowerBound
        end = finding.term?.range.upperBound
        arabicSentence = finding.arabicSentence
        englishSentence = finding.englishSentence
        renderings = finding.kind == .inconsistent
            ? finding.renderings.map { Rendering(english: $0.english, lines: $0.pairs) } : nil
    }

    enum CodingKeys: String, CodingKey {
        case kind, line, english, arabic, surface, start, end, renderings
        case arabicSentence = "arabic_sentence"
        case englishSentence = "english_sentence"
    }
}
