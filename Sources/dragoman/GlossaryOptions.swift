import ArgumentParser
import Terminology
import Workbench

extension GlossaryFormat: ExpressibleByArgument {}

/// `--glossary FILE` (repeatable): use these files instead of the workbench's glossary.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: ArgumentHelp(
        "A glossary file (TSV, CSV or TBX) to use instead of the workbench's; repeatable.", valueName: "file"))
    var files: [String] = []

    /// The matcher of the files when given (compiled once and kept, `GlossaryCache`), else of
    /// the workbench's glossary.
    func matcher(store: StoreOptions) throws -> TermMatcher {
        if !files.isEmpty { return try GlossaryCache.standard().matcher(files: files) }
        return TermMatcher(concepts: try concepts(store: store))
    }

    /// The concepts to match: from the files when given, else from the workbench.
    func concepts(store: StoreOptions) throws -> [Concept] {
        try Self.concepts(files: files, store: store.location)
    }

    /// The concepts of glossary `files` when there are any, else of the workbench's glossary.
    static func concepts(files: [String], store: WorkbenchLocation) throws -> [Concept] {
        if !files.isEmpty { return try GlossaryFiles.read(files, checkingConflicts: false).map(\.concept) }
        let concepts = try store.open().concepts().map(\.concept)
        guard !concepts.isEmpty else {
            throw CommandFailure(message: "\(store.path): the workbench has no glossary; run `dragoman glossary import FILE` or pass --glossary FILE")
        }
        return concepts
    }
}
