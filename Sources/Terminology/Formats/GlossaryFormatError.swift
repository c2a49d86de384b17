/// A problem in a glossary file, with the line it is on.
///
/// The description is `LINE: message`; the caller puts the file name in front:
/// `news.tsv:14: row has 1 column, expected at least 2 (english, arabic)`.
public struct GlossaryFormatError: Error, Equatable, CustomStringConvertible {
    /// The 1-based line of the problem (for TBX, the line where the XML parser found it).
    public var line: Int
    /// A short lowercase message that names the offending value.
    public var message: String

    /// A problem on `line` (1-based), described by `message`.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `LINE: message`.
    public var description: String { "\(line): \(message)" }
}
