import ArabicText
import Foundation
import GRDB

/// The workbench: one SQLite file (WAL) holding documents, sentences and their search index.
///
/// Only `Workbench` knows SQL. Every write that belongs together happens in one transaction,
/// so an interrupted ingest never leaves half a document behind.
public final class Store: Sendable {
    /// The schema this build reads and writes. `PRAGMA user_version` holds the database's.
    public static let schemaVersion = 5

    public let path: String
    /// One connection: each command is one process, and other processes reading or writing the
    /// same file are kept apart by SQLite's WAL. (GRDB's `DatabasePool` wrote a transaction at
    /// every open to recreate the WAL file SQLite removes at close: 3.6 ms of each short
    /// command.)
    let database: DatabaseQueue

    /// Opens the workbench at `path`, creating and migrating it when needed.
    ///
    /// - Throws: `StoreError.notADatabase` for a file that is not SQLite,
    ///   `StoreError.newerSchema` for a workbench written by a newer Dragoman.
    public init(path: String) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // WAL: readers in other processes never wait for a writer (kept in the file once set).
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 64 MB of page cache: a large import (ingest, a memory) then writes each page once.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // What the contentless search indexes hold for a row (see schema v5).
            db.add(function: Self.indexTextFunction)
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            let found = try database.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
            if found > Self.schemaVersion {
                throw StoreError.newerSchema(path: path, found: found, supported: Self.schemaVersion)
            }
            let migrator = Self.migrator
            if try database.read({ db in try migrator.hasBeenSuperseded(db) }) {
                throw StoreError.newerSchema(path: path, found: found, supported: Self.schemaVersion)
            }
            try migrator.migrate(database)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// `dragoman_index_text(text)`: the search-index text of a text or of its matching key
    /// (normalising a key changes nothing), for the triggers that take deleted rows out of a
    /// contentless index.
    static let indexTextFunction = DatabaseFunction("dragoman_index_text", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map { SearchKeys.indexText(ofKey: Normalizer.matchingKey.key($0)) }
    }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { return .notADatabase(path: path) }
            return .sqlite(path: path, message: error.message ?? "\(error.resultCode)")
        }
        return .sqlite(path: path, message: String(describing: error))
    }

    /// Runs a read, turning database errors into `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try database.read(body) } catch { throw Self.storeError(error, path: path) }
    }

    /// Runs `body` in write transactions that its `commit` closure ends and starts afresh, so a
    /// long import commits in batches (SQLite and FTS5 then write each page once instead of
    /// spilling and rewriting a transaction larger than the cache). When `body` throws, the
    /// batch under way is rolled back; earlier batches stay.
    func writeInBatches<T>(_ body: (Database, _ commit: () throws -> Void) throws -> T) throws(StoreError) -> T {
        do {
            return try database.writeWithoutTransaction { db in
                try db.beginTransaction()
                do {
                    let result = try body(db) {
                        try db.commit()
                        try db.beginTransaction()
                    }
                    try db.commit()
                    return result
                } catch {
                    // Never leave a transaction open (GRDB traps on that).
                    try db.rollback()
                    throw error
                }
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Runs a write transaction, turning database errors into `StoreError`.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try database.write(body) } catch { throw Self.storeError(error, path: path) }
    }
}
