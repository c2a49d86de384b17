import ArabicText
import ArgumentParser
import Workbench

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to the workbench (folders, .txt/.md with front matter, .jsonl).",
        discussion: """
            Unchanged files are skipped; a changed file replaces its document. A bad file is \
            reported and the rest goes on; the exit status is 1 if any file was rejected.
            """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "Files or folders to ingest.") var paths: [String]
    @Option(help: "Date (YYYY-MM-DD) for articles whose front matter gives none.") var date: DateArgument?

    func run() throws {
        let workbench = try store.open()
        let showProgress = Terminal.standardErrorIsTerminal
        let report = try workbench.ingest(paths, reader: CorpusReader(date: date?.value)) { report in
            if showProgress, report.processed % 50 == 0 {
                Terminal.progress("ingesting: \(report.processed) documents, \(report.sentences) sentences")
            }
        }
        if showProgress { Terminal.clearProgress() }
        for error in report.rejected { Terminal.error(error.description) }
        Terminal.note("""
            ingested: \(report.added) added, \(report.updated) updated, \(report.unchanged) unchanged, \
            \(report.rejected.count) rejected (\(report.sentences) sentences) into \(workbench.path)
            """)
        if !report.rejected.isEmpty { throw ExitCode.failure }
    }
}
