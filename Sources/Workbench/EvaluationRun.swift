import Evaluation

/// `dragoman eval --system DIR --refs DIR`: reads system summaries and references from
/// folders, pairs them by stem (`ReferenceLayout`) and scores every pair.
///
/// ```swift
/// let outcome = try EvaluationRun.folders(systems: ["runs/lead"], references: "refs", settings: EvaluationSettings())
/// outcome.report.systems[0].metrics[.rouge1]?.f   // mean ROUGE-1 F of lead
/// outcome.unpaired.map(\.description)              // ["lead: summary 'beirut' has no reference"]
/// ```
public enum EvaluationRun {
    /// Scores each system folder against the references.
    ///
    /// A folder of references serves every system. A system is named after its folder's last
    /// component (the whole path when two share it). With the language given, each pair is read
    /// and scored in one step; otherwise every file is read first (once) and the language
    /// detected from all of them.
    ///
    /// - Throws: `InputError` for a missing folder, a folder with no text file, a system folder
    ///   where no summary pairs with a reference, or a file that is not UTF-8 text;
    ///   `RougeError` when stop words are to be dropped from English.
    /// - Complexity: that of `RougeScorer.score(candidate:references:combination:)` per pair,
    ///   plus the bootstrap per system.
    public static func folders(
        systems: [String], references: String, settings: EvaluationSettings
    ) throws -> EvaluationOutcome {
        let (plans, unpaired) = try pairFolders(systems: systems, references: references)

        // Each pair's files, opened relative to their folder; read in the scoring step on all
        // cores (tokenized while still in cache, not all held at once) unless the language
        // must first be detected from every text.
        let referenceFolder = try OpenFolder(references)
        let pairsBySystem = try plans.map { plan throws(InputError) in
            let systemFolder = try OpenFolder(plan.folder)
            return plan.pairing.stems.compactMap { stem in
                plan.pairing.pairs[stem].map { pair in
                    PairFiles(
                        stem: stem, system: FileInFolder(relative: pair.system, folder: systemFolder),
                        references: pair.references.map { FileInFolder(relative: $0, folder: referenceFolder) })
                }
            }
        }
        let texts: [String: String]
        let recipe: RougeRecipe
        if settings.language == nil {
            let paths = Set(pairsBySystem.flatMap { $0.flatMap { [$0.system] + $0.references } }).sorted { $0.path < $1.path }
            texts = Dictionary(uniqueKeysWithValues: zip(paths.map(\.path), try readAll(paths)))
            recipe = try settings.recipe(for: Array(texts.values))
        } else {
            texts = [:]
            recipe = try settings.recipe(for: [])
        }
        let scorer = RougeScorer(tokenizer: recipe.tokenizer)
        let bootstrap = try BootstrapAggregator()
        var evaluations: [SystemEvaluation] = []
        for (plan, pairs) in zip(plans, pairsBySystem) {
            let results = pairs.concurrentMap { pair in
                Result { () throws(InputError) -> DocumentScores in
                    func text(_ file: FileInFolder) throws(InputError) -> String {
                        if let text = texts[file.path] { return text }
                        return try TextReader.read(file.relative, in: file.folder)
                    }
                    let candidate = try text(pair.system)
                    var references: [String] = []
                    for path in pair.references { references.append(try text(path)) }
                    return DocumentScores(
                        document: pair.stem,
                        scores: scorer.score(candidate: candidate, references: references, combination: recipe.combination))
                }
            }
            var scores: [DocumentScores] = []
            scores.reserveCapacity(results.count)
            for result in results { scores.append(try result.get()) }
            evaluations.append(settings.intervals
                ? SystemEvaluation(name: plan.name, documents: scores, bootstrap: bootstrap)
                : SystemEvaluation(name: plan.name, documents: scores))
        }
        return EvaluationOutcome(report: EvaluationReport(recipe: recipe, systems: evaluations), unpaired: unpaired)
    }

    /// Each system folder paired with the references by stem, and what was left unpaired.
    ///
    /// - Throws: `InputError` for a missing or empty folder, or a system folder where nothing pairs.
    private static func pairFolders(
        systems: [String], references: String
    ) throws(InputError) -> (plans: [(name: String, folder: String, pairing: ReferencePairing)], unpaired: [UnpairedFile]) {
        let referenceFiles = try EvaluationFolder.textFiles(under: references)
        guard !referenceFiles.isEmpty else {
            throw InputError(file: references, "no .txt or .md files, expected reference summaries")
        }
        var plans: [(name: String, folder: String, pairing: ReferencePairing)] = []
        var unpaired: [UnpairedFile] = []
        for (folder, name) in zip(systems, systemNames(systems)) {
            let files = try EvaluationFolder.textFiles(under: folder)
            let pairing = ReferenceLayout.pair(systemFiles: files, referenceFiles: referenceFiles)
            guard !pairing.pairs.isEmpty else {
                throw InputError(file: folder, files.isEmpty
                    ? "no .txt or .md files, expected system summaries"
                    : "no summary pairs with a reference in \(references) "
                        + "(by stem: STEM.txt with STEM.txt, STEM.1.txt, STEM.2.txt, … or a folder STEM/)")
            }
            unpaired += pairing.missingReferences.map { UnpairedFile(system: name, stem: $0, reason: .noReference) }
            unpaired += pairing.missingSystems.map { UnpairedFile(system: name, stem: $0, reason: .noSummary) }
            unpaired += pairing.ignoredSystemFiles.map { UnpairedFile(system: name, stem: $0, reason: .sameStem) }
            plans.append((name, folder, pairing))
        }
        return (plans, unpaired)
    }

    /// One document's files: the system summary and its references.
    struct PairFiles: Sendable {
        let stem: String
        let system: FileInFolder
        let references: [FileInFolder]
    }

    /// A file by its path relative to an open folder.
    struct FileInFolder: Hashable, Sendable {
        let relative: String
        let folder: OpenFolder

        var path: String { EvaluationFolder.path(relative, in: folder.path) }

        static func == (lhs: FileInFolder, rhs: FileInFolder) -> Bool {
            lhs.relative == rhs.relative && lhs.folder === rhs.folder
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(relative)
            hasher.combine(ObjectIdentifier(folder))
        }
    }

    /// The texts of `files`, read on all cores.
    ///
    /// - Throws: the `InputError` of the first path, in order, that cannot be read.
    static func readAll(_ files: [FileInFolder]) throws(InputError) -> [String] {
        let results = files.concurrentMap { file in
            Result { () throws(InputError) -> String in try TextReader.read(file.relative, in: file.folder) }
        }
        var texts: [String] = []
        texts.reserveCapacity(results.count)
        for result in results { texts.append(try result.get()) }
        return texts
    }

    /// Each folder's last component, or the whole path (without a final `/`) where two
    /// folders share a last component.
    static func systemNames(_ folders: [String]) -> [String] {
        let short = folders.map(EvaluationFolder.name(of:))
        var counts: [String: Int] = [:]
        for name in short { counts[name, default: 0] += 1 }
        return zip(folders, short).map { folder, name in
            guard counts[name, default: 0] > 1 else { return name }
            var path = folder
            while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
            return path
        }
    }
}
