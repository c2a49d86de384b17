import ArabicText
import ArgumentParser
import Foundation
import Summarization
import Terminology
import Workbench

struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Extractive bilingual summaries of Arabic articles, one per file.",
        discussion: """
            Sentences are scored by centrality (LexRank), position, overlap with the title and \
            the glossary concepts, names and numbers they hold; headings and tag lines are never \
            chosen. Word statistics come from the workbench when it holds documents. The default \
            budget is a quarter of the article's sentences.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, text, json, jsonl
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var glossary: GlossaryOptions
    @OptionGroup var budget: BudgetOptions
    @Argument(help: "Article files or folders (front matter, .jsonl too), or - for standard input.")
    var files: [String]
    @Option(help: "Output: table, text, json or jsonl.") var format: Format = .table

    /// What the line asks for, run by `run()` (and by `QuickArguments` for plain lines).
    var job: SummarizeJob {
        SummarizeJob(store: store.location, glossaryFiles: glossary.files, length: budget.length, files: files, format: format)
    }

    func run() throws { try job.run() }
}

/// `dragoman summarize` with its line read: by ArgumentParser (`SummarizeCommand.job`) or, for
/// a plain line, by `QuickArguments`.
struct SummarizeJob: Equatable {
    var store: WorkbenchLocation
    var glossaryFiles: [String]
    var length: SummaryLength
    var files: [String]
    var format: SummarizeCommand.Format

    func validate() throws { try length.validate() }

    struct SummaryRow: Encodable {
        var document: String
        var title: String?
        var items: [BilingualItemRow]
    }

    func run() throws {
        let workbench = FilePath.kind(of: store.path) != nil ? try store.open() : nil
        let concepts = glossaryFiles.isEmpty
            ? try workbench?.concepts().map(\.concept) ?? [] : try GlossaryOptions.concepts(files: glossaryFiles, store: store)
        var frequencies: DocumentFrequencies?
        if let workbench, try workbench.documentCount() > 0 { frequencies = try workbench.documentFrequencies() }
        let briefing = Briefing(matcher: TermMatcher(concepts: concepts), summarizer: Summarizer(frequencies: frequencies))
        // Each article is summarised by the core that read it (`ArticleFiles.read(_:each:)`).
        let budget = length.budget(default: .share(0.25))
        let summarized = try ArticleFiles.read(files) { article in
            (slug: article.slug, title: article.title, items: briefing.summary(of: article, budget: budget))
        }
        var output = Output()
        var summaries: [SummaryRow] = []
        for (slug, title, items) in summarized {
            let rows = items.map { BilingualItemRow($0, story: nil) }
            switch format {
            case .json: summaries.append(SummaryRow(document: slug, title: title, items: rows))
            case .jsonl: for row in rows { output.line(try JSONLines.line(row)) }
            case .text:
                if summarized.count > 1 { output.line("# \(slug)") }
                for item in items { output.line(item.arabic.replacingLineFeeds(with: " ")) }
                if summarized.count > 1 { output.line() }
            case .table:
                output.line("\(slug)\(title.map { " — \($0)" } ?? "")")
                for item in items {
                    output.line("  \(String(item.sentence).leftPadded(3))  \(String(format: "%.3f", item.score))  "
                        + item.arabic.replacingLineFeeds(with: " ⏎ "))
                    if let english = item.english, let origin = item.englishOrigin {
                        output.line("                  \(english)  (\(origin.rawValue))")
                    }
                }
                output.line()
            }
        }
        if format == .json {
            // One file: its summary's items at the top, as the contract has it; several: one entry each.
            if summaries.count == 1, let only = summaries.first {
                output.line(try JSONLines.document(only))
            } else {
                output.line(try JSONLines.document(["summaries": summaries]))
            }
        }
        output.flush()
    }
}
