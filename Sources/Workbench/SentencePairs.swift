/// Sentence-aligned files: line N of one translates line N of the other.
public enum SentencePairs {
    /// The pairs of two line-aligned files (a trailing empty line is ignored).
    ///
    /// - Throws: `InputError` when the files do not have the same number of lines.
    public static func read(arabic: String, english: String) throws(InputError) -> [(arabic: String, english: String)] {
        let arabicLines = lines(of: try TextReader.read(arabic))
        let englishLines = lines(of: try TextReader.read(english))
        guard arabicLines.count == englishLines.count else {
            throw InputError(file: english, line: min(arabicLines.count, englishLines.count) + 1,
                             "has \(englishLines.count) lines but \(arabic) has \(arabicLines.count); the files must be sentence-aligned, a sentence a line")
        }
        return zip(arabicLines, englishLines).map { (arabic: $0, english: $1) }
    }

    /// The lines of `text` (LF or CRLF), without a trailing empty line.
    public static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
