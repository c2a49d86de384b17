import ArgumentParser
import Testing
@testable import dragoman

/// `QuickArguments` must read a line exactly as ArgumentParser does, or leave it to
/// ArgumentParser. Each line below is read both ways; where the quick reading gives a job, it
/// must equal the job of the command ArgumentParser gives (every setting, defaults included).
/// Lines ArgumentParser rejects must be left to it.
@Suite struct QuickArgumentsTests {
    /// Lines the quick reading must take itself.
    static let plain: [[String]] = [
        ["summarize", "a.txt"],
        ["summarize", "a.txt", "b.txt", "folder"],
        ["summarize", "a.txt", "--sentences", "5", "--format", "text", "--db", "none.sqlite"],
        ["summarize", "--words", "120", "a.txt", "--format", "jsonl"],
        ["summarize", "--glossary", "g1.tsv", "a.txt", "--glossary", "g2.tbx", "--format", "json"],
        ["summarize", "--format", "table", "--sentences", "+3", "a.txt"],
        ["summarize", "a.txt", "--sentences", "1"],
        ["eval", "--system", "runs/lead", "--refs", "refs"],
        ["eval", "--system", "a", "--system", "b", "--refs", "r", "--format", "jsonl", "--stem"],
        ["eval", "--system", "a", "--refs", "r", "--language", "ar", "--stopwords", "--references", "mean"],
        ["eval", "--system", "a", "--refs", "r", "--language", "en", "--format", "csv", "--output", "out.csv"],
        ["eval", "--system", "a", "--refs", "r", "--fail-below", "rouge1=0.3", "--fail-below", "rougeL=40"],
        ["eval", "--easc", "easc-dev", "--summarizers", "lead,random", "--seed", "7", "--format", "html"],
        ["eval", "--easc", "easc-dev", "--db", "w.sqlite", "--format", "json", "--stem", "--stopwords"],
    ]

    /// Lines the quick reading must leave to ArgumentParser: help, short or unknown options,
    /// `--name=value`, `--`, values with a dash, repeated single options, bad values, lines that
    /// fail validation, missing files, other commands. Some of them ArgumentParser takes (help,
    /// `-` for standard input, a repeated option or flag): leaving them costs only time.
    static let leftToArgumentParser: [[String]] = [
        [], ["--version"], ["--help"], ["documents"], ["brief", "--sentences", "3"],
        ["summarize"], ["summarize", "--help"], ["summarize", "-h"], ["summarize", "a.txt", "--help"],
        ["summarize", "-"], ["summarize", "a.txt", "--format=json"], ["summarize", "--", "a.txt"],
        ["summarize", "a.txt", "--format", "xml"], ["summarize", "a.txt", "--sentences", "five"],
        ["summarize", "a.txt", "--sentences", "0"], ["summarize", "a.txt", "--sentences", "2", "--words", "9"],
        ["summarize", "a.txt", "--sentences", "-2"], ["summarize", "a.txt", "--sentences"],
        ["summarize", "a.txt", "--format", "text", "--format", "json"], ["summarize", "a.txt", "--verbose"],
        ["summarize", "a.txt", "--db", "x", "--db", "y"],
        ["eval"], ["eval", "--system", "a"], ["eval", "--refs", "r"], ["eval", "--system", "a", "--refs", "r", "extra"],
        ["eval", "--system", "a", "--refs", "r", "--stem", "--stem"],
        ["eval", "--system", "a", "--refs", "r", "--language", "fr"],
        ["eval", "--system", "a", "--refs", "r", "--fail-below", "bleu=0.3"],
        ["eval", "--system", "a", "--refs", "r", "--summarizers", "lead"],
        ["eval", "--easc", "e", "--system", "a"], ["eval", "--easc", "e", "--language", "en"],
        ["eval", "--easc", "e", "--summarizers", "lead,nobody"], ["eval", "--easc", "e", "--seed", "-1"],
        ["eval", "--system", "a", "--refs", "r", "--language", "en", "--stopwords"],
    ]

    @Test(arguments: plain)
    func readsAPlainLineAsArgumentParserDoes(_ line: [String]) throws {
        let quick = try #require(QuickArguments.job(line), "the quick reading left \(line) to ArgumentParser")
        let expected: QuickArguments.Job? = switch try Dragoman.parseAsRoot(line) {
        case let command as SummarizeCommand: .summarize(command.job)
        case let command as EvalCommand: .eval(command.job)
        default: nil
        }
        #expect(quick == expected, "\(line)")
    }

    @Test(arguments: leftToArgumentParser)
    func leavesEverythingElseToArgumentParser(_ line: [String]) {
        #expect(QuickArguments.job(line) == nil, "\(line)")
    }
}
