import ArabicText
import ArgumentParser
import Foundation
import Terminology
import Workbench

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Pair every Arabic sentence with the glossary terms it contains.",
        discussion: """
            Terms are found whatever their clitics, diacritics, spelling variants or article, \
            never inside a longer word; a typo in a long word of a multi-word term is reported \
            as fuzzy. Term offsets count Unicode scalars into the sentence's text: \
            text[start:end] == surface.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, jsonl, tsv
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var glossary: GlossaryOptions
    @Argument(help: "An Arabic text file, or - for standard input.") var file: String
    @Option(help: "Output: table, jsonl or tsv.") var format: Format = .table

    func run() throws {
        let matcher = TermMatcher(concepts: try glossary.concepts(store: store))
        let text = try TextReader.read(file)
        let sentences = try TermAlignment.align(text, file: file, matcher: matcher) { sentences in
            if let english = ReferenceTranslations.englishSibling(of: file) {
                return try ReferenceTranslations.parallel(sentences, english: english, matcher: matcher)
            }
            guard FileManager.default.fileExists(atPath: store.path) else { return [:] }
            return try ReferenceTranslations.memory(sentences, store: try store.open())
        }
        var output = Output()
        switch format {
        case .jsonl:
            for sentence in sentences { output.line(try JSONLines.line(AlignedSentenceRow(sentence))) }
        case .tsv:
            output.line("sentence\tstart\tend\tsurface\tarabic\tenglish\tmatch\tscore")
            for sentence in sentences {
                for term in sentence.terms {
                    let fields = [String(sentence.sentence.index), String(term.range.lowerBound), String(term.range.upperBound),
                                  term.surface, term.arabic, term.english, term.kind.rawValue, Self.score(term.score)]
                    output.line(fields.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t"))
                }
            }
        case .table:
            let style = TermStyle(colour: Terminal.standardOutputIsTerminal)
            for sentence in sentences {
                output.line("\(String(sentence.sentence.index).leftPadded(4))  \(style.marked(sentence))")
                if let translation = sentence.translation {
                    output.line("      = \(translation.english)  (\(translation.origin.rawValue) \(Self.score(translation.score)))")
                }
                for (number, term) in sentence.terms.enumerated() {
                    let missing = sentence.rendered[number] == false
                    output.line("      \(style.term(term.surface)) → \(term.english)  (\(term.kind.rawValue) \(Self.score(term.score)))"
                        + (missing ? "  — not in the translation" : ""))
                }
            }
        }
        output.flush()
    }

    static func score(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}

/// The `align --format jsonl` contract of DESIGN.md: `translation` is always present (null
/// when there is none).
struct AlignedSentenceRow: Encodable {
    struct Term: Encodable {
        var english, arabic, surface: String
        var start, end: Int
        var match: String
        var score: Double
        /// Whether the concept's English is in the translation; absent without a translation.
        var inTranslation: Bool?

        enum CodingKeys: String, CodingKey {
            case english, arabic, surface, start, end, match, score
            case inTranslation = "in_translation"
        }
    }

    var sentence: Int
    var text: String
    var kind: String
    var terms: [Term]
    var translation: ReferenceTranslation?

    init(_ aligned: AlignedSentence) {
        sentence = aligned.sentence.index
        text = aligned.sentence.text
        kind = aligned.sentence.kind.rawValue
        terms = zip(aligned.terms, aligned.rendered).map {
            Term(english: $0.english, arabic: $0.arabic, surface: $0.surface, start: $0.range.lowerBound,
                 end: $0.range.upperBound, match: $0.kind.rawValue, score: $0.score, inTranslation: $1)
        }
        translation = aligned.translation
    }

    enum CodingKeys: String, CodingKey { case sentence, text, kind, terms, translation }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(text, forKey: .text)
        try container.encode(kind, forKey: .kind)
        try container.encode(terms, forKey: .terms)
        try container.encode(translation, forKey: .translation)
    }
}

/// How terms are marked in a table: colour on a terminal, brackets elsewhere.
struct TermStyle {
    var colour: Bool

    func term(_ text: String) -> String {
        colour ? "\u{1B}[1;36m\(text)\u{1B}[0m" : "[\(text)]"
    }

    /// The sentence with each term marked, newlines shown as ⏎.
    func marked(_ aligned: AlignedSentence) -> String {
        let scalars = Array(aligned.sentence.text.unicodeScalars)
        var result = ""
        var position = 0
        for term in aligned.terms {
            result += String(String.UnicodeScalarView(scalars[position..<term.range.lowerBound]))
            result += self.term(term.surface)
            position = term.range.upperBound
        }
        result += String(String.UnicodeScalarView(scalars[position...]))
        return result.replacingLineFeeds(with: " ⏎ ")
    }
}
