extension AnchorExtractor {
    /// What the aligner needs to know about a document pair.
    struct Reading: Sendable {
        /// Letters (scalars that are not spaces) of each Arabic sentence's matching key.
        var arabicLengths: [Double]
        /// Letters of each English sentence.
        var englishLengths: [Double]
        /// Words (and numbers) of each Arabic sentence, and of each English sentence.
        var arabicWordCounts: [Double]
        var englishWordCounts: [Double]
        var anchors: DocumentAnchors
        /// The anchors before `finish`, to which learnt word pairs may be added.
        var unfinished: DocumentAnchors
        /// Content words of each sentence (light stems on the Arabic side, folded words on the
        /// English side), as ascending ids, for `CooccurrenceLexicon`.
        var arabicWords: [[Int32]]
        var englishWords: [[Int32]]
        var window: Int

        /// The reading with word pairs learnt from a first alignment as anchors of their own.
        func adding(_ pairs: [CooccurrenceLexicon.Pair]) -> Reading {
            guard !pairs.isEmpty else { return self }
            var anchors = unfinished
            var arabicHolders: [Int32: [Int]] = [:]
            var englishHolders: [Int32: [Int]] = [:]
            let arabicNeeded = Set(pairs.map(\.arabic))
            let englishNeeded = Set(pairs.map(\.english))
            for (sentence, words) in arabicWords.enumerated() {
                for word in words where arabicNeeded.contains(word) { arabicHolders[word, default: []].append(sentence) }
            }
            for (sentence, words) in englishWords.enumerated() {
                for word in words where englishNeeded.contains(word) { englishHolders[word, default: []].append(sentence) }
            }
            for pair in pairs {
                let id = anchors.id(of: "x:\(pair.arabic):\(pair.english)", kind: .cooccurrence)
                for sentence in arabicHolders[pair.arabic] ?? [] { anchors.addArabic(id, sentence: sentence) }
                for sentence in englishHolders[pair.english] ?? [] { anchors.addEnglish(id, sentence: sentence) }
            }
            anchors.finish(window: window)
            var reading = self
            reading.anchors = anchors
            return reading
        }
    }
}
