import ArabicText

/// What the workbench stores for each sentence: the segmenter's sentence, its matching key and
/// its search-index text.
struct AnalysedSentence: Sendable {
    var sentence: Sentence
    var key: String
    var indexText: String
}

/// Segments and normalises an article: the text side of ingest, apart from the database.
struct DocumentAnalyzer: Sendable {
    var segmenter = SentenceSegmenter()

    func analyse(_ text: String) -> [AnalysedSentence] {
        var key: [UInt8] = []
        return segmenter.sentences(in: text).map { sentence in
            Normalizer.matchingKey.key(sentence.text, into: &key)
            let indexText = key.withUnsafeBufferPointer { SearchKeys.indexText(ofKeyBytes: $0) }
            return AnalysedSentence(sentence: sentence, key: String(decoding: key, as: UTF8.self), indexText: indexText)
        }
    }
}
