import ArgumentParser
import Foundation
import Workbench

/// `--db PATH`, shared by every command.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The workbench database (default: $DRAGOMAN_DB, else dragoman.sqlite).", valueName: "path"))
    var db: String?

    var location: WorkbenchLocation { WorkbenchLocation(db: db) }
    var path: String { location.path }

    /// Opens (creating when missing) the workbench.
    func open() throws -> Store { try location.open() }
}

/// Where the workbench is: `--db PATH`, else $DRAGOMAN_DB, else dragoman.sqlite in the
/// current folder.
struct WorkbenchLocation: Equatable {
    /// What `--db` said, if anything.
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["DRAGOMAN_DB"] ?? "dragoman.sqlite"
    }

    /// Opens (creating when missing) the workbench.
    func open() throws -> Store {
        try Store(path: path)
    }
}

/// Output for commands that list records.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl, json
}
