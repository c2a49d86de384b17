/// Names and text clean-up for the Essex Arabic Summaries Corpus (EASC) layout:
/// `Articles/TopicN/<title>.txt` (one article a topic) and `MTurk/TopicN/D0NNN.M.250.A.{1..5}.{A..E}`
/// (five reference summaries a topic). Walking the folders is the caller's job; these helpers
/// only read names and texts.
///
/// ```swift
/// EASC.topicNumber(ofFolder: "Topic12")                   // 12
/// EASC.isArticleFileName("education (2).TXT")            // true
/// EASCSummaryName(fileName: "D0202.M.250.A.3.C")?.summary // 3
/// ```
public enum EASC {
    /// The number of a topic folder (`Topic12` → 12), or nil for any other name.
    public static func topicNumber(ofFolder name: String) -> Int? {
        let scalars = name.unicodeScalars
        guard scalars.count > 5, String(String.UnicodeScalarView(scalars.prefix(5))).lowercased() == "topic" else {
            return nil
        }
        let digits = scalars.dropFirst(5)
        guard digits.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else { return nil }
        return Int(String(String.UnicodeScalarView(digits)))
    }

    /// Whether a file in a topic's `Articles` folder is an article: a `.txt` name, in any case
    /// (the corpus has both `.txt` and `.TXT`), not hidden.
    public static func isArticleFileName(_ name: String) -> Bool {
        !name.hasPrefix(".") && name.lowercased().hasSuffix(".txt") && name.count > 4
    }

    /// `text` without a leading byte-order mark (many EASC files begin with one).
    static func withoutByteOrderMark(_ text: String) -> String {
        guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.dropFirst()))
    }

    /// A line without the white space around it.
    static func trimmed(_ line: Substring) -> String {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
