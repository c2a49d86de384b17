import ArabicText

/// An article of the Essex Arabic Summaries Corpus (EASC), parsed from its file's text: the
/// byte-order mark stripped, hard-wrapped lines joined back into paragraphs, and the body
/// sentences of the paragraphs, as `SentenceSegmenter` finds them.
///
/// ```swift
/// EASCArticle(text: "\u{FEFF}عاد الصيادون إلى الميناء بسلام\nبعد العاصفة. وفتحت السوق.").sentences
/// // ["عاد الصيادون إلى الميناء بسلام بعد العاصفة.", "وفتحت السوق."]
/// ```
///
/// EASC's articles come in two layouts: one paragraph a line (lines of hundreds of letters,
/// paragraphs sometimes separated by blank lines), or hard-wrapped at a typewriter width
/// (no line longer than about 80 letters; a new paragraph begins with a space or follows a
/// blank line). A text is read as wrapped when no line is longer than `longestWrappedLine`.
/// In a wrapped text, a line runs on into the next unless a blank line or an indented line
/// follows, or the next line's first word would have fitted on it (so the break was the end
/// of a paragraph, not the wrap). The wrap replaced a space, so the lines are joined with one.
///
/// - Complexity: O(n) in the length of the text, plus sentence segmentation.
public struct EASCArticle: Hashable, Sendable {
    /// Lines longer than this (in Unicode scalars, trailing white space aside) mean the text
    /// is not hard-wrapped.
    public static let longestWrappedLine = 100

    /// The article's paragraphs, each on one line, without surrounding white space.
    public let paragraphs: [String]
    /// The article's body sentences in order (headings and metadata lines left out).
    public let sentences: [String]

    /// Parses the text of an article file.
    public init(text: String) {
        paragraphs = Self.paragraphs(of: EASC.withoutByteOrderMark(text))
        sentences = SentenceSegmenter().sentences(in: paragraphs.joined(separator: "\n"))
            .filter { $0.kind == .body }
            .map(\.text)
    }

    /// The paragraphs of a text, with hard-wrapped lines joined by a space.
    static func paragraphs(of text: String) -> [String] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
            (indented: line.unicodeScalars.first?.properties.isWhitespace ?? false, text: EASC.trimmed(line))
        }
        let width = lines.map(\.text.unicodeScalars.count).max() ?? 0
        let wrapped = width <= longestWrappedLine
        var paragraphs: [String] = []
        var current = ""
        var previousLength = 0
        for line in lines {
            guard !line.text.isEmpty else {
                flush(&current, into: &paragraphs)
                continue
            }
            let firstWordLength = line.text.unicodeScalars.prefix { !$0.properties.isWhitespace }.count
            let runsOn = wrapped && !current.isEmpty && !line.indented && previousLength + 1 + firstWordLength > width
            if runsOn {
                current += " " + line.text
            } else {
                flush(&current, into: &paragraphs)
                current = line.text
            }
            previousLength = line.text.unicodeScalars.count
        }
        flush(&current, into: &paragraphs)
        return paragraphs
    }

    private static func flush(_ paragraph: inout String, into paragraphs: inout [String]) {
        if !paragraph.isEmpty { paragraphs.append(paragraph) }
        paragraph = ""
    }
}

