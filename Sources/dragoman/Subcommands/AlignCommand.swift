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
        // The glossary is read and compiled on one core while the text is read and cut into
        // sentences on the other; a glossary error is still reported before a text error.
        let compiled = Prefetch { [glossary, store] in
            Result { () throws -> TermMatcher in try glossary.matcher(store: store) }
        }
        let document = Result { () throws -> [Sentence] in
            try InputDocument.sentences(of: try TextReader.read(file), file: file)
        }
        let matcher = try compiled.value.get()
        let sentences = try document.get()
        let translations: [Int: ReferenceTranslation]
        if let english = ReferenceTranslations.englishSibling(of: file) {
            translations = try ReferenceTranslations.parallel(sentences, english: english, matcher: matcher)
        } else if FileManager.default.fileExists(atPath: store.path) {
            translations = try ReferenceTranslations.memory(sentences, store: try store.open())
        } else {
            translations = [:]
        }
        let aligned = TermAlignment.align(sentences, matcher: matcher, translations: translations)
        var output = Output()
        switch format {
        case .jsonl:
            // Rendered on all cores, a block of lines a core.
            for block in aligned.concurrentSliceMap({ [AlignedSentenceLine.lines($0)] }) { output.write(bytes: block) }
        case .tsv:
            output.line("sentence\tstart\tend\tsurface\tarabic\tenglish\tmatch\tscore")
            for sentence in aligned {
                for term in sentence.terms {
                    let fields = [String(sentence.sentence.index), String(term.range.lowerBound), String(term.range.upperBound),
                                  term.surface, term.arabic, term.english, term.kind.rawValue, Self.score(term.score)]
                    output.line(fields.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t"))
                }
            }
        case .table:
            let style = TermStyle(colour: Terminal.standardOutputIsTerminal)
            for sentence in aligned {
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
        KeptUntilExit.keep((matcher, sentences, aligned))
    }

    static func score(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}

/// The `align --format jsonl` contract of DESIGN.md, one line a sentence: `sentence`, `text`,
/// `kind`, `terms` (each `english`, `arabic`, `surface`, `start`, `end`, `match`, `score`, and
/// `in_translation` when there is a translation), `translation` (always present: null when
/// there is none, else `english`, `origin`, `score`). Keys sorted, written by hand
/// (`JSONText`): `JSONEncoder` took 13% of an `align` run over 4 MB.
enum AlignedSentenceLine {
    /// The lines of `sentences`, each ending in a line feed, as UTF-8.
    static func lines(_ sentences: some Collection<AlignedSentence>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sentences.count * 512)
        for sentence in sentences {
            append(sentence, to: &bytes)
            bytes.append(0x0A)
        }
        return bytes
    }

    private static func append(_ aligned: AlignedSentence, to bytes: inout [UInt8]) {
        func key(_ name: StaticString) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        }
        key("{\"kind\":")
        JSONText.append(string: aligned.sentence.kind.rawValue, to: &bytes)
        key(",\"sentence\":")
        JSONText.append(integer: aligned.sentence.index, to: &bytes)
        key(",\"terms\":[")
        for (number, (term, rendered)) in zip(aligned.terms, aligned.rendered).enumerated() {
            key(number > 0 ? ",{\"arabic\":" : "{\"arabic\":")
            JSONText.append(string: term.arabic, to: &bytes)
            key(",\"end\":")
            JSONText.append(integer: term.range.upperBound, to: &bytes)
            key(",\"english\":")
            JSONText.append(string: term.english, to: &bytes)
            if let rendered { key(rendered ? ",\"in_translation\":true" : ",\"in_translation\":false") }
            key(",\"match\":")
            JSONText.append(string: term.kind.rawValue, to: &bytes)
            key(",\"score\":")
            JSONText.append(number: term.score, to: &bytes)
            key(",\"start\":")
            JSONText.append(integer: term.range.lowerBound, to: &bytes)
            key(",\"surface\":")
            JSONText.append(string: term.surface, to: &bytes)
            key("}")
        }
        key("],\"text\":")
        JSONText.append(string: aligned.sentence.text, to: &bytes)
        if let translation = aligned.translation {
            key(",\"translation\":{\"english\":")
            JSONText.append(string: translation.english, to: &bytes)
            key(",\"origin\":")
            JSONText.append(string: translation.origin.rawValue, to: &bytes)
            key(",\"score\":")
            JSONText.append(number: translation.score, to: &bytes)
            key("}}")
        } else {
            key(",\"translation\":null}")
        }
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
