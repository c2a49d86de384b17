import ArgumentParser
import Workbench

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find sentences containing words, whatever their diacritics, clitics or alef spelling.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The words to find (all of them).") var words: String
    @Option(help: "At most this many sentences.") var limit = 50
    @Option(help: "Output: table, jsonl or json.") var format: ListFormat = .table

    struct Row: Encodable {
        var document: String
        var date: String?
        var source: String?
        var sentence: Int
        var text: String
        var matches: [[Int]]
    }

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1, got \(limit)") }
    }

    func run() throws {
        let hits = try store.open().search(words, limit: limit)
        var output = Output()
        switch format {
        case .jsonl, .json:
            let rows = hits.map {
                Row(document: $0.slug, date: $0.date, source: $0.source, sentence: $0.sentence, text: $0.text,
                    matches: $0.matches.map { [$0.lowerBound, $0.upperBound] })
            }
            if format == .json {
                output.line(try JSONLines.document(rows))
            } else {
                for row in rows { output.line(try JSONLines.line(row)) }
            }
        case .table:
            if hits.isEmpty { Terminal.note("no sentence contains '\(words)'") }
            let colour = Terminal.standardOutputIsTerminal
            for hit in hits {
                output.line("\(hit.date ?? "----------")  \(hit.slug)#\(hit.sentence)")
                output.line("    " + KeywordInContext.line(hit.text, matches: hit.matches, colour: colour))
            }
        }
        output.flush()
    }
}

/// Keyword-in-context display: the matched words marked, long sentences cut around them.
enum KeywordInContext {
    static func line(_ text: String, matches: [Range<Int>], colour: Bool, context: Int = 60) -> String {
        let scalars = Array(text.unicodeScalars)
        guard let first = matches.first, let last = matches.last else { return text }
        let lower = max(0, first.lowerBound - context)
        let upper = min(scalars.count, last.upperBound + context)
        var result = lower > 0 ? "…" : ""
        var position = lower
        for match in matches where match.lowerBound >= position && match.upperBound <= upper {
            result += String(String.UnicodeScalarView(scalars[position..<match.lowerBound]))
            let word = String(String.UnicodeScalarView(scalars[match]))
            result += colour ? "\u{1B}[1;33m\(word)\u{1B}[0m" : "[\(word)]"
            position = match.upperBound
        }
        result += String(String.UnicodeScalarView(scalars[position..<upper]))
        if upper < scalars.count { result += "…" }
        return result
    }
}
