import ArgumentParser

/// The argument lines of the commands that scripts run over and over (`summarize`, `eval`),
/// read without ArgumentParser.
///
/// ArgumentParser builds every command's argument set by reflection and type look-ups on each
/// run: about 3 ms, a sixth of a whole `summarize` of 51 articles. A plain line — long options
/// with their values, flags, file names — is read here into the very command value
/// ArgumentParser would make. Anything else returns nil and ArgumentParser reads the whole line,
/// with its help and its messages: a short or unknown option, `--name=value`, `--`, a value
/// starting with a dash, an option or flag given twice when it is not repeatable, a value that
/// does not convert, a command that fails validation, no file. The tests compare both readings
/// field by field on every line they list (`QuickArgumentsTests`).
enum QuickArguments {
    /// The command `arguments` (without the program name) asks for, or nil for ArgumentParser.
    static func command(_ arguments: [String]) -> (any ParsableCommand)? {
        guard let name = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        switch name {
        case SummarizeCommand.configuration.commandName: return try? summarize(rest)
        case EvalCommand.configuration.commandName: return try? eval(rest)
        default: return nil
        }
    }

    /// Thrown (and turned into nil) wherever ArgumentParser must read the line instead.
    struct NotPlain: Error {}

    // Every property is set, defaults too: a command's option left unset would stop the
    // program when read (ArgumentParser's wrappers hold no value until parsed or assigned).

    private static func summarize(_ arguments: ArraySlice<String>) throws -> SummarizeCommand {
        let line = try Line(arguments, options: ["db", "glossary", "sentences", "words", "format"],
                            repeatable: ["glossary"], takesFiles: true)
        guard !line.files.isEmpty else { throw NotPlain() }
        var command = SummarizeCommand()
        command.store = store(line)
        var glossary = GlossaryOptions()
        glossary.files = line.values("glossary")
        command.glossary = glossary
        var budget = BudgetOptions()
        budget.sentences = try line.converted("sentences")
        budget.words = try line.converted("words")
        try budget.validate()
        command.budget = budget
        command.files = line.files
        command.format = try line.converted("format") ?? .table
        try command.validate()
        return command
    }

    private static func eval(_ arguments: ArraySlice<String>) throws -> EvalCommand {
        let line = try Line(arguments,
                            options: ["db", "system", "refs", "easc", "summarizers", "language", "references",
                                      "format", "output", "fail-below", "seed"],
                            repeatable: ["system", "fail-below"], flags: ["stem", "stopwords"], takesFiles: false)
        var command = EvalCommand()
        command.store = store(line)
        command.systems = line.values("system")
        command.refs = line.last("refs")
        command.easc = line.last("easc")
        command.summarizers = line.last("summarizers")
        command.language = try line.converted("language")
        command.stem = line.flags.contains("stem")
        command.stopwords = line.flags.contains("stopwords")
        command.references = try line.converted("references") ?? .max
        command.format = try line.converted("format") ?? .table
        command.output = line.last("output")
        command.failBelow = line.values("fail-below")
        command.seed = try line.converted("seed") ?? 1
        try command.validate()
        return command
    }

    private static func store(_ line: Line) -> StoreOptions {
        var store = StoreOptions()
        store.db = line.last("db")
        return store
    }

    /// A plain argument line: `--name VALUE` options, `--name` flags and (when the command takes
    /// them) file names; `NotPlain` when the line holds anything else.
    struct Line {
        private(set) var options: [String: [String]] = [:]
        private(set) var flags: Set<String> = []
        private(set) var files: [String] = []

        init(_ arguments: ArraySlice<String>, options names: Set<String>, repeatable: Set<String> = [],
             flags flagNames: Set<String> = [], takesFiles: Bool) throws(NotPlain) {
            var index = arguments.startIndex
            while index < arguments.endIndex {
                let argument = arguments[index]
                index += 1
                guard argument.hasPrefix("-") else {
                    guard takesFiles else { throw NotPlain() }
                    files.append(argument)
                    continue
                }
                guard argument.hasPrefix("--"), !argument.contains("=") else { throw NotPlain() }
                let name = String(argument.dropFirst(2))
                if flagNames.contains(name) {
                    guard flags.insert(name).inserted else { throw NotPlain() }
                } else if names.contains(name), index < arguments.endIndex, !arguments[index].hasPrefix("-") {
                    guard options[name] == nil || repeatable.contains(name) else { throw NotPlain() }
                    options[name, default: []].append(arguments[index])
                    index += 1
                } else {
                    throw NotPlain()
                }
            }
        }

        func values(_ name: String) -> [String] { options[name] ?? [] }
        func last(_ name: String) -> String? { options[name]?.last }

        /// The option's value converted as ArgumentParser converts it (`ExpressibleByArgument`),
        /// nil when the option is absent.
        func converted<Value: ExpressibleByArgument>(_ name: String) throws(NotPlain) -> Value? {
            guard let text = last(name) else { return nil }
            guard let value = Value(argument: text) else { throw NotPlain() }
            return value
        }
    }
}
