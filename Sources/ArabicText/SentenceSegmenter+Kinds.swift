/// Telling headings and metadata lines from body sentences.
extension SentenceSegmenter {
    /// A heading has at most this many words.
    static let longestHeading = 12
    /// A line this long with no punctuation at all is a run of tags, not prose.
    static let shortestUnpunctuatedTagRun = 20

    /// Marks that end a body sentence (a heading ends without one): `. ! ? ؟ ۔ … : ؛ ; ، ,`.
    @inline(__always)
    static func isSentenceEnder(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E, 0x21, 0x3F, 0x061F, 0x06D4, 0x2026, 0x3A, 0x061B, 0x3B, 0x060C, 0x2C: return true
        default: return false
        }
    }

    /// Separators of a tag line: `العراق | إيران | داعش`, `#العراق #إيران`, `العراق، إيران، داعش`
    /// (`| # ، , • / ·`).
    @inline(__always)
    static func isTagSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0x7C, 0x23, 0x060C, 0x2C, 0x2022, 0x2F, 0xB7: return true
        default: return false
        }
    }

    /// Labels that introduce a line of tags or credits, as matching keys.
    static let metadataLabels: [String] = ["الوسوم", "وسوم", "كلمات مفتاحيه", "الكلمات المفتاحيه", "tags", "keywords"]
    private static let metadataLabelBytes: [[UInt8]] = metadataLabels.map { Array($0.utf8) }
    /// The longest label, in bytes: the start of a key this long tells whether a label opens it.
    private static let longestMetadataLabel = metadataLabelBytes.map { $0.count }.max() ?? 0
    /// First words (after a conjunction) that mark a body sentence missing its stop:
    /// `وأكد مصدر ...` is reporting, not a headline.
    static let reportingWords: Set<String> = [
        "قال", "اكد", "اضاف", "اشار", "اعلن", "ذكر", "اوضح", "تابع", "كان", "كانت", "في", "من", "قد",
        "لم", "لا", "ان", "اذ", "شدد", "نفى", "يشار", "يذكر", "على", "بين", "اقبل", "اعتبر", "لفت",
    ]

    func classify(_ sentences: [Sentence], scalars: [Unicode.Scalar], lines: [Range<Int>]) -> [Sentence] {
        // How many sentences each line holds: only a sentence that is a whole line can be a
        // heading or a metadata line.
        var lineOf: [Int] = []
        lineOf.reserveCapacity(sentences.count)
        var sentencesOnLine = [Int](repeating: 0, count: lines.count + 1)
        var lineIndex = 0
        for sentence in sentences {
            while lineIndex < lines.count, lines[lineIndex].upperBound < sentence.range.lowerBound { lineIndex += 1 }
            lineOf.append(lineIndex)
            sentencesOnLine[lineIndex] += 1
        }
        var key: [UInt8] = []
        return sentences.enumerated().map { position, sentence in
            let line = scalars[sentence.range]
            guard sentencesOnLine[lineOf[position]] == 1, !line.contains(where: { ScalarClass.isLineBreak($0.value) })
            else { return sentence }
            let kind = kind(of: sentence.text, scalars: line, key: &key)
            return Sentence(index: sentence.index, text: sentence.text, kind: kind, range: sentence.range)
        }
    }

    /// The kind of a segment that is a whole line: `text` and its `scalars`; `key` is a buffer
    /// reused from line to line for its matching key.
    func kind(of text: String, scalars: ArraySlice<Unicode.Scalar>, key: inout [UInt8]) -> Sentence.Kind {
        if !scalars.contains(where: { ScalarClass.isArabicLetter($0.value) }) { return .metadata }
        // A line that ends like a sentence is body unless a label opens it, which the start of
        // its key tells (most lines of an article: neither their whole key nor their marks are
        // needed).
        if let last = scalars.last, Self.isSentenceEnder(last.value) || Self.isCloser(last.value) {
            Normalizer.matchingKey.key(text, into: &key, atLeast: Self.longestMetadataLabel)
            return Self.metadataLabelBytes.contains(where: { key.starts(with: $0) }) ? .metadata : .body
        }
        var separators = 0
        var punctuated = false
        for scalar in scalars {
            if Self.isTagSeparator(scalar.value) { separators += 1 }
            if Self.isSentenceEnder(scalar.value) || Self.isCloser(scalar.value) { punctuated = true }
        }
        Normalizer.matchingKey.key(text, into: &key)
        if Self.metadataLabelBytes.contains(where: { key.starts(with: $0) }) { return .metadata }
        // Words of the key: runs between spaces (the key has turned every space into U+0020).
        var words = 0
        var firstWord = 0..<0
        var start: Int? = nil
        for index in 0...key.count {
            let isSpace = index == key.count || key[index] == 0x20 || key[index] == 0x09
            if isSpace, let wordStart = start {
                if words == 0 { firstWord = wordStart..<index }
                words += 1
                start = nil
            } else if !isSpace, start == nil {
                start = index
            }
        }
        if separators >= 3, words <= separators * 4 { return .metadata }
        if !punctuated, words >= Self.shortestUnpunctuatedTagRun { return .metadata }
        if words <= Self.longestHeading, !startsLikeReporting(key[firstWord]) { return .heading }
        return .body
    }

    /// Whether a first word (matching-key bytes) is a conjunction on a reporting word: `واكد`.
    private func startsLikeReporting(_ word: ArraySlice<UInt8>) -> Bool {
        // و is D9 88, ف is D9 81 in UTF-8.
        guard word.count > 2, word[word.startIndex] == 0xD9,
            word[word.startIndex + 1] == 0x88 || word[word.startIndex + 1] == 0x81
        else { return false }
        return Self.reportingWords.contains(String(decoding: word.dropFirst(2), as: UTF8.self))
    }
}
