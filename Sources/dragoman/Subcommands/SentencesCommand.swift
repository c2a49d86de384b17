import ArabicText
import ArgumentParser
import Workbench

struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Cut an Arabic text into sentences, headings and metadata lines.",
        discussion: """
            A front-matter block (between two --- lines at the top) is skipped. Offsets count \
            Unicode scalars from the start of the input, half-open, so input[start:end] == text \
            (as Python string indexes).
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "An Arabic text file, or - for standard input.") var file: String
    @Option(help: "Output: table, jsonl or json.") var format: ListFormat = .table

    struct Row: Encodable {
        var index: Int
        var text: String
        var kind: String
        var start: Int
        var end: Int
    }

    func run() throws {
        let text = try TextReader.read(file)
        let rows = try InputDocument.sentences(of: text, file: file).map {
            Row(index: $0.index, text: $0.text, kind: $0.kind.rawValue, start: $0.range.lowerBound, end: $0.range.upperBound)
        }
        var output = Output()
        switch format {
        case .jsonl:
            for row in rows { output.line(try JSONLines.line(row)) }
        case .json:
            output.line(try JSONLines.document(rows))
        case .table:
            for row in rows {
                let kind = row.kind.padding(toLength: 8, withPad: " ", startingAt: 0)
                output.line("\(String(row.index).leftPadded(4))  \(kind)  \(row.text.replacingLineFeeds(with: " ⏎ "))")
            }
        }
        output.flush()
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
