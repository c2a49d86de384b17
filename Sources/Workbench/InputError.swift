/// Something wrong with an input file, located as precisely as we can: file, line, what.
///
/// `description` is the line the command-line tool prints after `dragoman: error: `:
/// `corpora/x.txt:3: front matter has no closing '---'`.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it (`-` for standard input).
    public let file: String
    /// 1-based line, when the problem has one.
    public let line: Int?
    /// Short, lowercase, actionable.
    public let message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// Errors of the workbench database itself.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// The database was written by a newer Dragoman.
    case newerSchema(path: String, found: Int, supported: Int)
    /// Any other SQLite failure, with SQLite's own words.
    case sqlite(path: String, message: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path): not a dragoman workbench (not an SQLite database)"
        case .newerSchema(let path, let found, let supported):
            return "\(path): written by a newer dragoman (schema \(found), this one reads up to \(supported)); upgrade dragoman"
        case .sqlite(let path, let message):
            return "\(path): \(message)"
        }
    }
}
