import GRDB
import GRDBSQLite

/// Runs a prepared insert through SQLite's C API, its values bound one by one: the hot loops
/// of ingest and the memory import bind hundreds of thousands of rows, where building GRDB's
/// `StatementArguments` for each was a tenth of the run. Everything else goes through GRDB.
struct StatementBinding {
    private let statement: SQLiteStatement
    private var index: Int32 = 1

    /// Binds the values `bind` gives, in order, runs the statement once and resets it.
    ///
    /// - Throws: `DatabaseError` with SQLite's message when the statement fails.
    static func run(_ statement: Statement, in db: Database, _ bind: (inout StatementBinding) -> Void) throws {
        var binding = StatementBinding(statement: statement.sqliteStatement)
        bind(&binding)
        let code = sqlite3_step(statement.sqliteStatement)
        sqlite3_reset(statement.sqliteStatement)
        guard code == SQLITE_DONE else { throw failure(code, of: statement, in: db) }
    }

    /// Binds the values `bind` gives, runs the query and returns the text of the first column
    /// of every row it gives (NULL as ""), then resets it.
    ///
    /// - Throws: `DatabaseError` with SQLite's message when the query fails.
    static func texts(_ statement: Statement, in db: Database, _ bind: (inout StatementBinding) -> Void) throws -> [String] {
        var binding = StatementBinding(statement: statement.sqliteStatement)
        bind(&binding)
        defer { sqlite3_reset(statement.sqliteStatement) }
        var texts: [String] = []
        while true {
            let code = sqlite3_step(statement.sqliteStatement)
            if code == SQLITE_DONE { return texts }
            guard code == SQLITE_ROW else { throw failure(code, of: statement, in: db) }
            let count = Int(sqlite3_column_bytes(statement.sqliteStatement, 0))
            if let text = sqlite3_column_text(statement.sqliteStatement, 0) {
                texts.append(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
            } else {
                texts.append("")
            }
        }
    }

    /// SQLite's error for a failed step, with its message.
    private static func failure(_ code: Int32, of statement: Statement, in db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code),
                      message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
    }

    mutating func bind(_ value: Int64) {
        sqlite3_bind_int64(statement, index, value)
        index += 1
    }

    mutating func bind(_ value: Int) { bind(Int64(value)) }

    mutating func bind(_ value: Double?) {
        if let value { sqlite3_bind_double(statement, index, value) } else { sqlite3_bind_null(statement, index) }
        index += 1
    }

    mutating func bind(_ value: String?) {
        guard var value else {
            sqlite3_bind_null(statement, index)
            index += 1
            return
        }
        value.withUTF8 { bytes in
            // SQLITE_TRANSIENT: SQLite copies the text before `withUTF8` ends. An empty text
            // may have no address: bind it as a literal empty string.
            bytes.withMemoryRebound(to: CChar.self) { text in
                if let base = text.baseAddress {
                    _ = sqlite3_bind_text(statement, index, base, Int32(text.count), Self.transient)
                } else {
                    _ = sqlite3_bind_text(statement, index, "", 0, Self.transient)
                }
            }
        }
        index += 1
    }

    /// SQLite's SQLITE_TRANSIENT destructor (-1), which its header defines by a cast Swift does not import.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
