import ArabicText
import ArgumentParser
import Foundation
import Summarization
import Terminology
import Workbench

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "The bilingual daily brief: the key sentences of a day across all sources, each fact once.",
        discussion: """
            Articles of the day are grouped into stories; in each story the best sentences are \
            chosen across sources so that a fact reported by several outlets appears once and \
            cites them all. Each Arabic sentence comes with English: the article's own \
            translation (parallel), a translation-memory match (memory), or the English of the \
            glossary terms it contains (gloss). On a fresh clone, when the workbench does not \
            exist yet, it is created from corpora/ and glossary/ in the current folder.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, json, html
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var glossary: GlossaryOptions
    @OptionGroup var budget: BudgetOptions
    @Option(help: ArgumentHelp("The day (default: the latest in the workbench).", valueName: "yyyy-mm-dd"))
    var date: DateArgument?
    @Option(help: "Output: md, json or html.") var format: Format = .md

    struct Document: Encodable {
        var document: String
        var source: String?
        var title: String?
        var date: String?
    }

    struct StoryRow: Encodable {
        var id: Int
        var weight: Double
        var documents: [Document]
        var items: [Int]
    }

    struct BriefRow: Encodable {
        var date: String
        var documents: Int
        var stories: [StoryRow]
        var items: [BilingualItemRow]
    }

    func run() throws {
        try SampleWorkbench.createIfMissing(store)
        let workbench = try store.open()
        let concepts = glossary.files.isEmpty ? try workbench.concepts().map(\.concept) : try glossary.concepts(store: store)
        guard let brief = try workbench.brief(on: date?.value, budget: budget.budget(default: .sentences(3)),
                                              matcher: TermMatcher(concepts: concepts))
        else {
            throw CommandFailure(message: "\(store.path): no dated documents; run `dragoman ingest` first")
        }
        guard brief.documentCount > 0 else {
            throw CommandFailure(message: "\(store.path): no documents on \(brief.date)")
        }
        var output = Output()
        switch format {
        case .md: output.write(BriefMarkdown.render(brief))
        case .html: output.write(BriefHTML.render(brief))
        case .json: output.line(try JSONLines.document(Self.row(brief)))
        }
        output.flush()
    }

    static func row(_ brief: BilingualBrief) -> BriefRow {
        var items: [BilingualItemRow] = []
        var stories: [StoryRow] = []
        for story in brief.stories {
            let first = items.count
            items += story.items.map { BilingualItemRow($0, story: story.id) }
            stories.append(StoryRow(
                id: story.id, weight: (story.weight * 1_000_000).rounded() / 1_000_000,
                documents: story.documents.map { Document(document: $0.slug, source: $0.source, title: $0.title, date: $0.date) },
                items: Array(first..<items.count)))
        }
        return BriefRow(date: brief.date, documents: brief.documentCount, stories: stories, items: items)
    }
}

/// The sample workbench of a fresh clone: built from `corpora/` and `glossary/` when the
/// workbench file does not exist yet, so the README's first command prints a brief.
enum SampleWorkbench {
    static func createIfMissing(_ options: StoreOptions) throws {
        guard FilePath.kind(of: options.path) == nil, FilePath.kind(of: "corpora") == .folder else { return }
        Terminal.note("dragoman: creating \(options.path) from corpora/ and glossary/")
        let files = FileManager.default
        do {
            let store = try options.open()
            let glossaries = ((try? files.contentsOfDirectory(atPath: "glossary")) ?? [])
                .filter { GlossaryFormat(pathExtension: String(FilePath.pathExtension(of: $0))) != nil && !$0.hasPrefix("README") }
                .sorted().map { "glossary/\($0)" }
            if !glossaries.isEmpty { _ = try store.importGlossary(files: glossaries) }
            let report = try store.ingest(["corpora"], reader: CorpusReader(), progress: { _ in })
            if let rejected = report.rejected.first { throw rejected }
        } catch {
            // No half-made workbench: the next run starts again from the files.
            for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: options.path + suffix) }
            throw error
        }
    }
}
