import ArgumentParser
import Evaluation
import Foundation
import Workbench

extension ReportFormat: ExpressibleByArgument {}
extension ReferenceCombination: ExpressibleByArgument {}
extension RougeRecipe.Language: ExpressibleByArgument {}

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score summaries with ROUGE (1, 2, L, Lsum) against reference summaries.",
        discussion: """
            Either --system DIR (repeatable) with --refs DIR: summaries and references are \
            .txt or .md files paired by stem, a reference as STEM.txt, several as STEM.1.txt, \
            STEM.2.txt, … or the files of a folder STEM/; a summary or reference left without \
            a partner is named on standard error. Or --easc DIR: the summarizers named by \
            --summarizers run on an EASC folder (Articles/TopicN/*.txt, MTurk/TopicN/*), each \
            summary cut to the mean word count of its article's references. \
            Scores are F with 95% bootstrap intervals; --fail-below exits 1 when a system's mean \
            F is below a threshold, after printing the report.
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(name: .customLong("system"), help: ArgumentHelp(
        "A folder of system summaries; repeatable, one system each.", valueName: "dir"))
    var systems: [String] = []
    @Option(help: ArgumentHelp("The folder of reference summaries.", valueName: "dir")) var refs: String?
    @Option(help: ArgumentHelp("An EASC folder: run the summarizers on its articles.", valueName: "dir")) var easc: String?
    @Option(help: ArgumentHelp(
        "With --easc: the summarizers to run, comma-separated (default: all of \(Summarizers.names.joined(separator: ", "))).",
        valueName: "names"))
    var summarizers: String?
    @Option(help: "The language of the texts: ar or en (default: detected; ar with --easc).")
    var language: RougeRecipe.Language?
    @Flag(help: "Stem tokens (light stemming for Arabic, Porter for English).") var stem = false
    @Flag(help: "Drop Arabic stop words before scoring.") var stopwords = false
    @Option(help: "How scores against several references combine: max or mean.")
    var references: ReferenceCombination = .max
    @Option(help: "Output: table, json, jsonl, csv or html.") var format: ReportFormat = .table
    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?
    @Option(name: .customLong("fail-below"), help: ArgumentHelp(
        "Exit 1 when a system's mean F is below VALUE (a fraction, or a percentage above 1); repeatable.",
        valueName: "metric=value"))
    var failBelow: [String] = []
    @Option(help: "The seed of the random summarizer.") var seed: UInt64 = 1

    /// What the line asks for, run by `run()` (and by `QuickArguments` for plain lines).
    var job: EvalJob {
        EvalJob(store: store.location, systems: systems, refs: refs, easc: easc, summarizers: summarizers, language: language,
                stem: stem, stopwords: stopwords, references: references, format: format, output: output,
                failBelow: failBelow, seed: seed)
    }

    func validate() throws { try job.validate() }

    func run() throws { try job.run() }
}

/// `dragoman eval` with its line read: by ArgumentParser (`EvalCommand.job`) or, for a plain
/// line, by `QuickArguments`.
struct EvalJob: Equatable {
    /// `--db`, accepted as by every command; scoring reads no workbench.
    var store: WorkbenchLocation
    var systems: [String]
    var refs: String?
    var easc: String?
    var summarizers: String?
    var language: RougeRecipe.Language?
    var stem: Bool
    var stopwords: Bool
    var references: ReferenceCombination
    var format: ReportFormat
    var output: String?
    var failBelow: [String]
    var seed: UInt64

    func validate() throws {
        if easc != nil {
            guard systems.isEmpty, refs == nil else {
                throw ValidationError("give either --easc DIR or --system DIR with --refs DIR, not both")
            }
            guard language != .english else { throw ValidationError("--easc reads Arabic; --language en does not apply") }
            do {
                _ = try Summarizers.makers(named: summarizerNames)
            } catch {
                throw ValidationError("--summarizers: \(error.description)")
            }
        } else {
            guard !systems.isEmpty || refs != nil else {
                throw ValidationError("give --system DIR (repeatable) with --refs DIR, or --easc DIR")
            }
            guard !systems.isEmpty else { throw ValidationError("--refs needs at least one --system DIR") }
            guard refs != nil else { throw ValidationError("--system needs --refs DIR, the folder of references") }
            guard summarizers == nil else { throw ValidationError("--summarizers applies only with --easc") }
        }
        if stopwords && language == .english {
            throw ValidationError("--stopwords: there is no English stop-word list (only ar has one)")
        }
        _ = try thresholds()
    }

    func run() throws {
        let settings = EvaluationSettings(
            language: language, stemming: stem, removingStopWords: stopwords, combination: references, seed: seed,
            intervals: format != .jsonl)
        let outcome = if let easc {
            try EvaluationRun.easc(EASCCorpus(folder: easc), summarizers: summarizerNames, settings: settings)
        } else {
            try EvaluationRun.folders(systems: systems, references: refs ?? "", settings: settings)
        }
        for file in outcome.unpaired { Terminal.warning(file.description) }
        let text = try outcome.report.rendered(as: format)
        if let output, output != "-" {
            try TextWriter.write(text, to: output)
        } else {
            var standardOutput = Output()
            standardOutput.write(text)
            standardOutput.flush()
        }
        try checkThresholds(outcome.report)
    }

    /// The names given to --summarizers, else every registered one.
    private var summarizerNames: [String] {
        guard let summarizers else { return Summarizers.names }
        return summarizers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func thresholds() throws -> [ScoreThreshold] {
        var thresholds: [ScoreThreshold] = []
        for text in failBelow {
            do throws(ScoreThresholdError) {
                thresholds.append(try ScoreThreshold(parsing: text))
            } catch {
                throw ValidationError("--fail-below: \(error.description)")
            }
        }
        return thresholds
    }

    /// Names each system and threshold it misses on standard error; exit status 1 if any.
    private func checkThresholds(_ report: EvaluationReport) throws {
        let failures = report.failures(of: try thresholds())
        for (system, threshold) in failures {
            let value = report.systems.first { $0.name == system }?.metrics[threshold.metric].map { Self.fraction($0.f) } ?? "missing"
            Terminal.error("\(system): \(threshold.metric.name) F \(value) is below \(Self.fraction(threshold.minimum))")
        }
        if !failures.isEmpty { throw ExitCode.failure }
    }

    private static func fraction(_ value: Double) -> String {
        String(format: "%.4f", value)
    }
}
