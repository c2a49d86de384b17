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
    /// A folder of references serves every system; each reference file is read once. A system
    /// is named after its folder's last component (the whole path when two share it).
    ///
    /// - Throws: `InputError` for a missing folder, a folder with no text file, a system folder
    ///   where no summary pairs with a reference, or a file that is not UTF-8 text;
    ///   `RougeError` when stop words are to be dropped from English.
    /// - Complexity: that of `RougeScorer.score(candidate:references:combination:)` per pair,
    ///   plus the bootstrap per system.
    public static func folders(
        systems: [String], references: String, settings: EvaluationSettings
    ) throws -> EvaluationOutcome {
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

        // Every reference some system pairs with, read once, on all cores.
        let referenceFilesUsed = Set(plans.flatMap { $0.pairing.pairs.values.flatMap(\.references) }).sorted()
        let referenceTexts = Dictionary(
            uniqueKeysWithValues: zip(
                referenceFilesUsed,
                try readAll(referenceFilesUsed.map { EvaluationFolder.path($0, in: references) })))
        var documents: [[(stem: String, candidate: String, references: [String])]] = []
        for plan in plans {
            let pairs = plan.pairing.stems.compactMap { stem in plan.pairing.pairs[stem].map { (stem, $0) } }
            let candidates = try readAll(pairs.map { EvaluationFolder.path($0.1.system, in: plan.folder) })
            documents.append(zip(pairs, candidates).map { pair, candidate in
                (pair.0, candidate, pair.1.references.compactMap { referenceTexts[$0] })
            })
        }

        let recipe = try settings.recipe(
            for: Array(referenceTexts.values) + documents.flatMap { $0.map(\.candidate) })
        let scorer = RougeScorer(tokenizer: recipe.tokenizer)
        let bootstrap = try BootstrapAggregator()
        let evaluations = zip(plans, documents).map { plan, pairs in
            let scores = pairs.concurrentMap { pair in
                DocumentScores(
                    document: pair.stem,
                    scores: scorer.score(
                        candidate: pair.candidate, references: pair.references, combination: recipe.combination))
            }
            return SystemEvaluation(name: plan.name, documents: scores, bootstrap: bootstrap)
        }
        return EvaluationOutcome(report: EvaluationReport(recipe: recipe, systems: evaluations), unpaired: unpaired)
    }

    /// The texts of `paths`, read on all cores.
    ///
    /// - Throws: the `InputError` of the first path, in order, that cannot be read.
    static func readAll(_ paths: [String]) throws(InputError) -> [String] {
        let results = paths.concurrentMap { path in
            Result { () throws(InputError) -> String in try TextReader.read(path) }
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
