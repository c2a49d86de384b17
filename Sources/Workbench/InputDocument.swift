import ArabicText

/// A text given on the command line, read as a document: a front-matter block, when there is
/// one, is metadata and not sentences.
public enum InputDocument {
    /// The sentences of `text` after its front matter, with ranges still counting Unicode
    /// scalars from the start of `text` (so `text[start:end] == sentence`).
    ///
    /// - Throws: `InputError` for malformed front matter.
    /// - Complexity: O(n) in the length of the text.
    public static func sentences(of text: String, file: String) throws(InputError) -> [Sentence] {
        let matter = try FrontMatter.parse(text, file: file)
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: matter.body.startIndex)
        // Without front matter the body is the whole text: cut it as it is, without a copy.
        guard offset > 0 else { return SentenceSegmenter().sentences(in: text) }
        let sentences = SentenceSegmenter().sentences(in: String(matter.body))
        return sentences.map {
            Sentence(index: $0.index, text: $0.text, kind: $0.kind,
                     range: ($0.range.lowerBound + offset)..<($0.range.upperBound + offset))
        }
    }
}
