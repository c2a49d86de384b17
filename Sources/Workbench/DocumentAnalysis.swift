import ArabicText

/// What the workbench stores for each sentence: the segmenter's sentence, its matching key,
/// and its search-index text.
struct AnalysedSentence: Sendable {
    var sentence: Sentence
    var key: String
    var indexText: String
}

/// Segments and normalises an article: the text side of ingest, apart from the database.
struct DocumentAnalyzer: Sendable {
    var segmenter = SentenceSegmenter()

    func analyse(_ text: String) -> [AnalysedSentence] {
        segmenter.sentences(in: text).map { sentence in
            let key = Normalizer.matchingKey.key(sentence.text)
            return AnalysedSentence(sentence: sentence, key: key, indexText: SearchKeys.indexText(ofKey: key))
        }
    }
}
