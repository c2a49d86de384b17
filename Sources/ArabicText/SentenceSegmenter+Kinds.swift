/// Telling headings and metadata lines from body sentences.
extension SentenceSegmenter {
    /// A heading has at most this many words.
    static let longestHeading = 12
    /// A line this long with no punctuation at all is a run of tags, not prose.
    static let shortestUnpunctuatedTagRun = 20

    /// Marks that end a body sentence (a heading ends without one).
    static let sentenceEnders: Set<Unicode.Scalar> = [
        ".", "!", "?", "\u{061F}", "\u{06D4}", "\u{2026}", ":", "\u{061B}", ";", "\u{060C}", ",",
    ]
    /// Separators of a tag line: `العراق | إيران | داعش`, `#العراق #إيران`, `العراق، إيران، داعش`.
    static let tagSeparators: Set<Unicode.Scalar> = ["|", "#", "\u{060C}", ",", "\u{2022}", "/", "\u{00B7}"]
    /// Labels that introduce a line of tags or credits.
    static let metadataLabels: [String] = ["الوسوم", "وسوم", "كلمات مفتاحيه", "الكلمات المفتاحيه", "tags", "keywords"]
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
        var sentencesOnLine: [Int: Int] = [:]
        var lineIndex = 0
        for sentence in sentences {
            while lineIndex < lines.count, lines[lineIndex].upperBound < sentence.range.lowerBound { lineIndex += 1 }
            lineOf.append(lineIndex)
            sentencesOnLine[lineIndex, default: 0] += 1
        }
        return sentences.enumerated().map { position, sentence in
            let spansLines = sentence.text.unicodeScalars.contains { ScalarClass.isLineBreak($0.value) }
            guard sentencesOnLine[lineOf[position]] == 1, !spansLines else { return sentence }
            let kind = kind(of: sentence.text)
            return Sentence(index: sentence.index, text: sentence.text, kind: kind, range: sentence.range)
        }
    }

    /// The kind of a segment that is a whole line.
    func kind(of line: String) -> Sentence.Kind {
        let scalars = Array(line.unicodeScalars)
        let key = Normalizer.matchingKey.key(line)
        if !scalars.contains(where: { ScalarClass.isArabicLetter($0.value) }) { return .metadata }
        if Self.metadataLabels.contains(where: { key.hasPrefix($0) }) { return .metadata }
        let words = key.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let separators = scalars.filter { Self.tagSeparators.contains($0) }.count
        let hasEnder = scalars.last.map { Self.sentenceEnders.contains($0) || Self.closers.contains($0) } ?? false
        if !hasEnder, separators >= 3, words.count <= separators * 4 { return .metadata }
        let punctuated = scalars.contains { scalar in
            Self.sentenceEnders.contains(scalar) || Self.closers.contains(scalar) || scalar == "\u{060C}"
        }
        if !punctuated, words.count >= Self.shortestUnpunctuatedTagRun { return .metadata }
        if !hasEnder, words.count <= Self.longestHeading, !startsLikeReporting(words.first) { return .heading }
        return .body
    }

    private func startsLikeReporting(_ word: Substring?) -> Bool {
        guard let word, let first = word.unicodeScalars.first,
            first == CliticAnalyzer.waw || first == CliticAnalyzer.faa
        else { return false }
        return Self.reportingWords.contains(String(word.unicodeScalars.dropFirst()))
    }
}
