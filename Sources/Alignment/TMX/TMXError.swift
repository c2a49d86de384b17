/// A problem in a translation-memory file (TMX or TSV), with the line it is on.
///
/// The description is `LINE: message`; the caller puts the file name in front:
/// `memory.tmx:14: tu "7" has no arabic tuv`.
public struct TMXError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line of the problem (for TMX, the line where the XML parser found it).
    public var line: Int
    /// A short lowercase message that names the offending element or value.
    public var message: String

    /// A problem on `line` (1-based), described by `message`.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `LINE: message`.
    public var description: String { "\(line): \(message)" }
}
