import ArgumentParser
import Evaluation
import Foundation
import Workbench

@main
struct Dragoman: ParsableCommand {
    /// `dragoman --version`: bumped with every release of the command-line contract.
    static let version = "0.5.0"

    static let configuration = CommandConfiguration(
        commandName: "dragoman",
        abstract: "A workbench for translating and briefing Arabic news into English.",
        discussion: """
            Every command works on one SQLite workbench file: --db PATH, else $DRAGOMAN_DB, \
            else dragoman.sqlite in the current folder.
            """,
        version: Dragoman.version,
        subcommands: [
            IngestCommand.self, DocumentsCommand.self, SentencesCommand.self, SearchCommand.self,
            AlignCommand.self, CheckCommand.self, ConcordanceCommand.self, GlossaryCommand.self,
            SummarizeCommand.self, BriefCommand.self, PairCommand.self, MemoryCommand.self, EvalCommand.self,
        ]
    )

    /// Runs a command and turns every failure into one line on standard error:
    /// `dragoman: error: FILE:LINE: what`, exit status 1 (2 for a usage error).
    static func main() {
        do {
            // The hot commands' plain lines skip ArgumentParser (`QuickArguments`).
            if let job = QuickArguments.job(Array(CommandLine.arguments.dropFirst())) {
                try job.run()
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
        } catch let code as ExitCode {
            // The command has already said what went wrong.
            Foundation.exit(code.rawValue)
        } catch let error as CommandFailure {
            Terminal.error(error.message)
            Foundation.exit(error.status)
        } catch let error as InputError {
            Terminal.error(error.description)
            Foundation.exit(1)
        } catch let error as StoreError {
            Terminal.error(error.description)
            Foundation.exit(1)
        } catch let error as RougeError {
            Terminal.error(error.description)
            Foundation.exit(1)
        } catch let error as UnknownSummarizerError {
            Terminal.error(error.description)
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is CleanExit {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if code == .validationFailure || code.rawValue == 64 {
                FileHandle.standardError.write(Data((message + "\n").utf8))
                Foundation.exit(2)
            }
            Terminal.error(message.isEmpty ? String(describing: error) : message)
            Foundation.exit(1)
        }
    }
}

/// A failure the command wants reported as-is, with its exit status (1 unless said otherwise).
struct CommandFailure: Error {
    var message: String
    var status: Int32 = 1
}
