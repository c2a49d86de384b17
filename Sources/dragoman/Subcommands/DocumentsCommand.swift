import ArabicText
import ArgumentParser
import Workbench

struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents", abstract: "List the documents in the workbench.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Only documents of this date (YYYY-MM-DD).") var date: DateArgument?
    @Option(help: "Output: table, jsonl or json.") var format: ListFormat = .table

    func run() throws {
        let documents = try store.open().documents(on: date?.value)
        var output = Output()
        switch format {
        case .jsonl:
            for document in documents { output.line(try JSONLines.line(document)) }
        case .json:
            output.line(try JSONLines.document(documents))
        case .table:
            if documents.isEmpty { Terminal.note("no documents\(date.map { " on \($0.value)" } ?? ""); add some with 'dragoman ingest PATH'") }
            for document in documents {
                let translated = document.hasTranslation ? "en" : "  "
                output.line("\(document.date ?? "----------")  \(String(document.sentences).leftPadded(4))  \(translated)  \(document.slug)  \(document.source ?? "")  \(document.title ?? "")")
            }
        }
        output.flush()
    }
}

/// A `YYYY-MM-DD` command-line value, checked to be a real day.
struct DateArgument: ExpressibleByArgument {
    var value: CalendarDate

    init?(argument: String) {
        guard let date = CalendarDate(iso: argument) else { return nil }
        value = date
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
