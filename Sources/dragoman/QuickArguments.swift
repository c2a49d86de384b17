import ArgumentParser

/// The argument lines of the commands that scripts run over and over (`summarize`, `eval`),
/// read without ArgumentParser.
///
/// ArgumentParser builds every command's argument set by reflection and type look-ups on each
/// run (about 3 ms, a sixth of a whole `summarize` of 51 articles); even making a command value
/// without parsing looks up the conformances of its property wrappers (0.6 ms). A plain line —
/// long options with their values, flags, file names — is read here into the job the command
/// would run (`SummarizeJob`, `EvalJob`). Anything else returns nil and ArgumentParser reads the
/// whole line, with its help and its messages: a short or unknown option, `--name=value`, `--`,
/// a value starting with a dash, an option or flag given twice when it is not repeatable, a
/// value that does not convert, a line that fails validation, no file. The tests compare both
/// readings on every line they list (`QuickArgumentsTests`).
///
/// This is the one exception to the house rule against reading `CommandLine.arguments` by
/// hand, kept because it is measured (a quarter of a `summarize` of 51 articles: 14.5 → 11.0
/// ms) and bounded: it never reports an error or prints help, and it takes only what
/// ArgumentParser would take the same way. A new option of either command must be added to
/// its job (the compiler then asks for it here) and to the lines of the tests.
enum QuickArguments {
    /// A job read from a plain line.
    enum Job: Equatable {
        case summarize(SummarizeJob)
        case eval(EvalJob)

        func run() throws {
            switch self {
            case .summarize(let job): try job.run()
            case .eval(let job): try job.run()
            }
        }
    }

    /// The job `arguments` (without the program name) ask for, or nil for ArgumentParser.
    static func job(_ arguments: [String]) -> Job? {
        guard let name = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        // The names are the commands' own (`CommandConfiguration.commandName`), spelled here:
        // reading the configurations would make ArgumentParser's types.
        switch name {
        case "summarize": return (try? summarize(rest)).map(Job.summarize)
        case "eval": return (try? eval(rest)).map(Job.eval)
        default: return nil
        }
    }

    /// Thrown (and turned into nil) wherever ArgumentParser must read the line instead.
    struct NotPlain: Error {}

    private static func summarize(_ arguments: ArraySlice<String>) throws -> SummarizeJob {
        let line = try Line(arguments, options: ["db", "glossary", "sentences", "words", "format"],
                            repeatable: ["glossary"], takesFiles: true)
        guard !line.files.isEmpty else { throw NotPlain() }
        let job = SummarizeJob(
            store: store(line), glossaryFiles: line.values("glossary"),
            length: SummaryLength(sentences: try line.converted("sentences"), words: try line.converted("words")),
            files: line.files, format: try line.converted("format") ?? .table)
        try job.validate()
        return job
    }

    private static func eval(_ arguments: ArraySlice<String>) throws -> EvalJob {
        let line = try Line(arguments,
                            options: ["db", "system", "refs", "easc", "summarizers", "language", "references",
                                      "format", "output", "fail-below", "seed"],
                            repeatable: ["system", "fail-below"], flags: ["stem", "stopwords"], takesFiles: false)
        let job = EvalJob(
            store: store(line), systems: line.values("system"), refs: line.last("refs"), easc: line.last("easc"),
            summarizers: line.last("summarizers"), language: try line.converted("language"),
            stem: line.flags.contains("stem"), stopwords: line.flags.contains("stopwords"),
            references: try line.converted("references") ?? .max, format: try line.converted("format") ?? .table,
            output: line.last("output"), failBelow: line.values("fail-below"), seed: try line.converted("seed") ?? 1)
        try job.validate()
        return job
    }

    private static func store(_ line: Line) -> WorkbenchLocation {
        WorkbenchLocation(db: line.last("db"))
    }

    /// A plain argument line: `--name VALUE` options, `--name` flags and (when the command takes
    /// them) file names; `NotPlain` when the line holds anything else.
    ///
    /// Names are kept in arrays, searched in turn: a line has a handful, and a `Set` or
    /// `Dictionary` of strings would make the runtime look up their types' conformances (a
    /// scan of every conformance in the executable) before the command's work begins.
    struct Line {
        /// The options given, each with its values in order.
        private(set) var options: [(name: String, values: [String])] = []
        private(set) var flags: [String] = []
        private(set) var files: [String] = []

        init(_ arguments: ArraySlice<String>, options names: [String], repeatable: [String] = [],
             flags flagNames: [String] = [], takesFiles: Bool) throws(NotPlain) {
            var index = arguments.startIndex
            while index < arguments.endIndex {
                let argument = arguments[index]
                index += 1
                guard argument.hasPrefix("-") else {
                    guard takesFiles else { throw NotPlain() }
                    files.append(argument)
                    continue
                }
                guard argument.hasPrefix("--"), !argument.utf8.contains(UInt8(ascii: "=")) else { throw NotPlain() }
                let name = String(argument.dropFirst(2))
                if flagNames.contains(name) {
                    guard !flags.contains(name) else { throw NotPlain() }
                    flags.append(name)
                } else if names.contains(name), index < arguments.endIndex, !arguments[index].hasPrefix("-") {
                    if let given = options.firstIndex(where: { $0.name == name }) {
                        guard repeatable.contains(name) else { throw NotPlain() }
                        options[given].values.append(arguments[index])
                    } else {
                        options.append((name, [arguments[index]]))
                    }
                    index += 1
                } else {
                    throw NotPlain()
                }
            }
        }

        func values(_ name: String) -> [String] { options.first { $0.name == name }?.values ?? [] }
        func last(_ name: String) -> String? { values(name).last }

        /// The option's value converted as ArgumentParser converts it (`ExpressibleByArgument`),
        /// nil when the option is absent.
        func converted<Value: ExpressibleByArgument>(_ name: String) throws(NotPlain) -> Value? {
            guard let text = last(name) else { return nil }
            guard let value = Value(argument: text) else { throw NotPlain() }
            return value
        }
    }
}
