import ArabicText

/// An EASC reference summary, parsed from its file's text: the byte-order mark stripped and
/// the text cut into sentences by `SentenceSegmenter`, as the articles are.
///
/// ```swift
/// EASCSummary(text: "\u{FEFF}عاد الصيادون الى الميناء. وفتحت السوق.").text
/// // "عاد الصيادون الى الميناء.\nوفتحت السوق."
/// ```
///
/// Most summary files are one line; where a file has several, each line is one of the
/// sentences the worker picked, so a line break stays a sentence boundary (joining the lines
/// with a space would merge a sentence that lacks its stop into the next). Every segment is
/// kept, headings too: a reference is what the worker chose. The workers' tool flattened the
/// alef forms (`أ إ آ` → `ا`) and glued words across the article's line breaks; ROUGE through
/// matching keys (`ArabicRougeTokenizer`) makes the first harmless, the second is left as is.
///
/// - Complexity: O(n) in the length of the text, plus sentence segmentation.
public struct EASCSummary: Hashable, Sendable {
    /// The summary's sentences in order.
    public let sentences: [String]

    /// Parses the text of a summary file.
    public init(text: String) {
        sentences = SentenceSegmenter().sentences(in: EASC.withoutByteOrderMark(text)).map(\.text)
    }

    /// The summary as ROUGE reads it: one sentence a line.
    public var text: String {
        sentences.joined(separator: "\n")
    }
}
