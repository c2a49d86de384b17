/// Sentence-aligned files: line N of one translates line N of the other.
public enum SentencePairs {
    /// The pairs of two line-aligned files (a trailing empty line is ignored). Files that are
    /// not line-aligned (their line counts differ) are paired by `pairing`, line by line as
    /// sentences: a bead of two lines becomes one pair, a line with no counterpart a pair with
    /// an empty side.
    public static func read(arabic: String, english: String, pairing: ParallelDocuments = ParallelDocuments())
        throws(InputError) -> [(arabic: String, english: String)]
    {
        let arabicLines = lines(of: try TextReader.read(arabic))
        let englishLines = lines(of: try TextReader.read(english))
        guard arabicLines.count != englishLines.count else {
            return zip(arabicLines, englishLines).map { (arabic: $0, english: $1) }
        }
        return pairing.beads(arabic: arabicLines, english: englishLines).map { bead in
            (arabic: bead.arabic.map { arabicLines[$0] }.joined(separator: " "),
             english: bead.english.map { englishLines[$0] }.joined(separator: " "))
        }
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
