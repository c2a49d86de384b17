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
        } else if FilePath.kind(of: store.path) != nil {
            translations = try ReferenceTranslations.memory(sentences, store: try store.open())
        } else {
            translations = [:]
        }
        var output = Output()
        // What the output was made from, freed only by the process's exit (`KeptUntilExit`).
        let kept: Any
        switch format {
        case .jsonl:
            // Rendered on all cores, a block of lines a core, each by the core that aligned them.
            let blocks = TermAlignment.align(sentences, matcher: matcher, translations: translations) {
                AlignedSentenceLine.lines($0)
            }
            for block in blocks { output.write(bytes: block) }
            kept = blocks
        case .tsv:
            let aligned = TermAlignment.align(sentences, matcher: matcher, translations: translations)
            output.line("sentence\tstart\tend\tsurface\tarabic\tenglish\tmatch\tscore")
            for sentence in aligned {
                for term in sentence.terms {
                    let fields = [String(sentence.sentence.index), String(term.range.lowerBound), String(term.range.upperBound),
                                  term.surface, term.arabic, term.english, term.kind.rawValue, Self.score(term.score)]
                    output.line(fields.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t"))
                }
            }
            kept = aligned
        case .table:
            let aligned = TermAlignment.align(sentences, matcher: matcher, translations: translations)
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
            kept = aligned
        }
        output.flush()
        KeptUntilExit.keep((matcher, sentences, kept))
    }

    static func score(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}

/// The `align --format jsonl` contract of DESIGN.md, one line a sentence: `sentence`, `text`,
/// `kind`, `terms` (each `english`, `arabic`, `surface`, `start`, `end`, `match`, `score`, and
/// `in_translation` when there is a translation), `translation` (always present: null when
/// there is none, else `english`, `origin`, `score`). Keys sorted, written by hand
/// (`JSONWriter`): `JSONEncoder` took 13% of an `align` run over 4 MB.
enum AlignedSentenceLine {
    /// The lines of `sentences`, each ending in a line feed, as UTF-8.
    static func lines(_ sentences: some Collection<AlignedSentence>) -> [UInt8] {
        var json = JSONWriter(capacity: sentences.count * 512)
        for sentence in sentences {
            write(sentence, to: &json)
            json.newline()
        }
        return json.bytes
    }

    private static func write(_ aligned: AlignedSentence, to json: inout JSONWriter) {
        json.beginObject()
        json.member("kind", string: aligned.sentence.kind.rawValue)
        json.member("sentence", integer: aligned.sentence.index)
        json.beginArray("terms")
        for (term, rendered) in zip(aligned.terms, aligned.rendered) {
            json.beginObject()
            json.member("arabic", string: term.arabic)
            json.member("end", integer: term.range.upperBound)
            json.member("english", string: term.english)
            if let rendered { json.member("in_translation", bool: rendered) }
            json.member("match", string: term.kind.rawValue)
            json.member("score", number: term.score)
            json.member("start", integer: term.range.lowerBound)
            json.member("surface", string: term.surface)
            json.endObject()
        }
        json.endArray()
        json.member("text", string: aligned.sentence.text)
        if let translation = aligned.translation {
            json.beginObject("translation")
            json.member("english", string: translation.english)
            json.member("origin", string: translation.origin.rawValue)
            json.member("score", number: translation.score)
            json.endObject()
        } else {
            json.null("translation")
        }
        json.endObject()
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
