import ArabicText
import Terminology

/// Reads a document pair into what the aligner compares: the length of each sentence and its
/// lexical anchors (numbers, Latin tokens, glossary concepts, calendar words, names).
///
/// Arabic and English are read by the same tokenizer, so a number's key is the same on both
/// sides (`٢٠٢٠` and `2020` are `2020`); thousands separators are dropped (`5,200` and `5200`
/// meet) and a decimal comma becomes a point.
///
/// - Complexity: O(total length of the documents), besides the term matcher's own cost.
struct AnchorExtractor {
    var glossary: TermMatcher?
    var englishTerms: EnglishTermFinder?
    var matchesNames: Bool
    /// Whether common news words are matched through `NewsLexicon`.
    var usesLexicon = true
    /// Sentences on either side within which an anchor's `nearby` count is taken.
    var window: Int = 8

    private let tokenizer = Tokenizer()

    func read(arabic: [String], english: [String]) -> Reading {
        var anchors = DocumentAnchors(arabicCount: arabic.count, englishCount: english.count)
        var arabicLengths: [Double] = []
        arabicLengths.reserveCapacity(arabic.count)
        var arabicWordCounts: [Double] = []
        arabicWordCounts.reserveCapacity(arabic.count)
        var englishWordCounts: [Double] = []
        englishWordCounts.reserveCapacity(english.count)
        // Latin words of the Arabic text, with how many times each occurs.
        var arabicLatin: [String: Int] = [:]
        // Arabic word types (matching keys) that may be names, and the types of each sentence.
        var wordTypes: [String: Int32] = [:]
        // What each Arabic word (matching key) is to the aligner, worked out on first sight.
        var roles: [String: WordRole] = [:]
        var stems: [String: Int32] = [:]
        var arabicContent: [[Int32]] = []
        arabicContent.reserveCapacity(arabic.count)
        var sentenceWords: [[Int32]] = []
        sentenceWords.reserveCapacity(arabic.count)
        // The term matcher is the slowest reader: it runs on another core meanwhile.
        let glossaryConcepts = glossary.map { Self.startMatching(arabic, with: $0) }
        let englishConcepts = englishTerms.map { Self.startFinding(english, with: $0) }

        for (sentence, text) in arabic.enumerated() {
            let normalized = Normalizer.matchingKey.normalize(text)
            arabicLengths.append(Double(Self.letterCount(normalized.text)))
            let tokens = tokenizer.tokens(in: normalized)
            arabicWordCounts.append(Double(tokens.reduce(0) { $0 + ($1.kind == .punctuation ? 0 : 1) }))
            var words: [Int32] = []
            var contentWords: [Int32] = []
            var index = 0
            while index < tokens.count {
                let token = tokens[index]
                switch token.kind {
                case .number:
                    var key = Self.numberKey(token.key)
                    // `30،000`: the Arabic comma is punctuation to the tokenizer, not a separator.
                    if index + 2 < tokens.count, tokens[index + 1].key == "،",
                        tokens[index + 2].kind == .number, tokens[index + 2].key.utf8.count == 3,
                        tokens[index + 1].range.lowerBound == token.range.upperBound,
                        tokens[index + 2].range.lowerBound == tokens[index + 1].range.upperBound
                    {
                        key += tokens[index + 2].key
                        index += 2
                    }
                    if let id = Self.numberID(key, in: &anchors) { anchors.addArabic(id, sentence: sentence) }
                case .code, .latin:
                    // Without the proclitic an Arabic text may glue to a Latin word (`وAH-64`).
                    let key = Self.latinKey(String(String.UnicodeScalarView(
                        token.key.unicodeScalars.drop { $0.value >= 0x0600 && $0.value <= 0x06FF })))
                    if key.unicodeScalars.count >= 2 {
                        arabicLatin[key, default: 0] += 1
                        anchors.addArabic(anchors.id(of: "l:" + key, kind: .latin), sentence: sentence)
                    }
                    if token.kind == .code {
                        for number in Self.numbers(inCode: key) {
                            if let id = Self.numberID(number, in: &anchors) { anchors.addArabic(id, sentence: sentence) }
                        }
                    }
                case .arabic:
                    let role = roles[token.key] ?? {
                        let role = wordRole(token.key, anchors: &anchors, wordTypes: &wordTypes, stems: &stems)
                        roles[token.key] = role
                        return role
                    }()
                    if role.startsBigram, index + 1 < tokens.count,
                        let key = AnchorWords.arabicBigrams[token.key]?[tokens[index + 1].key]
                    {
                        anchors.addArabic(anchors.id(of: key, kind: Self.kind(ofWordKey: key)), sentence: sentence)
                        index += 2
                        continue
                    }
                    if let id = role.anchor {
                        anchors.addArabic(id, sentence: sentence)
                    } else if let type = role.nameType {
                        words.append(type)
                    }
                    if let content = role.content { contentWords.append(content) }
                    for id in role.lexicon { anchors.addArabic(id, sentence: sentence) }
                case .punctuation:
                    break
                }
                index += 1
            }
            sentenceWords.append(words)
            arabicContent.append(Array(Set(contentWords)).sorted())
            for key in SentenceMarks.keys(in: text) {
                anchors.addArabic(anchors.id(of: key, kind: .mark), sentence: sentence)
            }
        }

        if let glossaryConcepts {
            for (sentence, concepts) in glossaryConcepts.value.enumerated() {
                for concept in concepts { anchors.addArabic(anchors.id(of: "t:\(concept)", kind: .term), sentence: sentence) }
            }
        }

        var englishLengths: [Double] = []
        englishLengths.reserveCapacity(english.count)
        var names = EnglishNames()
        // English words that the Arabic text also has in Latin letters, where they occur.
        var englishLatin: [(key: String, sentence: Int)] = []
        var englishIDs: [String: Int32] = [:]
        var englishContent: [[Int32]] = []
        englishContent.reserveCapacity(english.count)
        for (sentence, text) in english.enumerated() {
            let normalized = Normalizer.matchingKey.normalize(text)
            englishLengths.append(Double(Self.letterCount(normalized.text)))
            let scalars = Array(text.unicodeScalars)
            let tokens = tokenizer.tokens(in: normalized)
            englishWordCounts.append(Double(tokens.reduce(0) { $0 + ($1.kind == .punctuation ? 0 : 1) }))
            var wordPosition = 0
            var contentWords: [Int32] = []
            let titleCase = Self.isTitleCase(tokens, scalars)
            for token in tokens {
                switch token.kind {
                case .number:
                    if let id = Self.numberID(Self.numberKey(token.key), in: &anchors) { anchors.addEnglish(id, sentence: sentence) }
                case .code:
                    if arabicLatin[token.key] != nil { englishLatin.append((token.key, sentence)) }
                    for number in Self.numbers(inCode: token.key) {
                        if let id = Self.numberID(number, in: &anchors) { anchors.addEnglish(id, sentence: sentence) }
                    }
                case .latin:
                    let key = Self.latinKey(token.key)
                    if key.utf8.count >= 2, !EnglishNames.functionWords.contains(key) {
                        let word = Self.englishStem(key)
                        if usesLexicon, let entries = NewsLexicon.englishIndex[word] {
                            for entry in entries { anchors.addEnglish(anchors.id(of: "w:\(entry)", kind: .lexicon), sentence: sentence) }
                        }
                        if key.utf8.count >= 3 {
                            contentWords.append(englishIDs[word] ?? {
                                let id = Int32(englishIDs.count)
                                englishIDs[word] = id
                                return id
                            }())
                        }
                    }
                    let capitalized = SentenceMarks.isUppercase(scalars[token.range.lowerBound])
                    // Only a word in capitals can be an acronym for the term finder.
                    if capitalized, token.range.count > 1, SentenceMarks.isUppercase(scalars[token.range.lowerBound + 1]) {
                        }
                    if arabicLatin[key] != nil {
                        englishLatin.append((key, sentence))
                    } else if key.hasSuffix("s"), arabicLatin[String(key.dropLast())] != nil {
                        englishLatin.append((String(key.dropLast()), sentence))
                    }
                    if let word = AnchorWords.englishWords[key], capitalized || !word.hasPrefix("c:") {
                        anchors.addEnglish(anchors.id(of: word, kind: Self.kind(ofWordKey: word)), sentence: sentence)
                    } else if matchesNames {
                        names.note(key, capitalized: capitalized, initial: wordPosition == 0 || titleCase, sentence: sentence)
                    }
                    wordPosition += 1
                case .arabic, .punctuation:
                    break
                }
            }
            englishContent.append(Array(Set(contentWords)).sorted())
            for key in SentenceMarks.keys(in: text) {
                anchors.addEnglish(anchors.id(of: key, kind: .mark), sentence: sentence)
            }
        }
        // A Latin word is evidence only where it is about as rare in the English as in the
        // Arabic: an English word quoted once in the Arabic (`of`, `game`) is everywhere in the
        // English and would tie every English sentence to that one Arabic sentence.
        var englishCounts: [String: Int] = [:]
        for occurrence in englishLatin { englishCounts[occurrence.key, default: 0] += 1 }
        for occurrence in englishLatin where englishCounts[occurrence.key, default: 0] <= 2 * arabicLatin[occurrence.key, default: 0] + 2 {
            anchors.addEnglish(anchors.id(of: "l:" + occurrence.key, kind: .latin), sentence: occurrence.sentence)
        }
        if let englishConcepts {
            for (sentence, concepts) in englishConcepts.value.enumerated() {
                for concept in concepts { anchors.addEnglish(anchors.id(of: "t:\(concept)", kind: .term), sentence: sentence) }
            }
        }
        if matchesNames {
            names.link(arabicWordTypes: wordTypes, sentenceWords: sentenceWords, into: &anchors)
        }
        var finished = anchors
        finished.finish(window: window)
        return Reading(
            arabicLengths: arabicLengths, englishLengths: englishLengths, arabicWordCounts: arabicWordCounts,
            englishWordCounts: englishWordCounts, anchors: finished, unfinished: anchors,
            arabicWords: arabicContent, englishWords: englishContent, window: window)
    }

    /// What an Arabic word is to the aligner: an anchor of its own (a month, a weekday, a
    /// number written out), possibly the first word of a two-word month, or a candidate name.
    struct WordRole {
        var anchor: Int32?
        var nameType: Int32?
        var startsBigram = false
        /// The word's light stem, as a content word id, unless it is a function word.
        var content: Int32?
        /// The `NewsLexicon` anchors of the word.
        var lexicon: [Int32] = []
    }

    private func wordRole(
        _ key: String, anchors: inout DocumentAnchors, wordTypes: inout [String: Int32], stems: inout [String: Int32]
    ) -> WordRole {
        var role = WordRole()
        if key.unicodeScalars.count >= 3, !StopWords.arabic.contains(key) {
            let stem = LightStemmer().stem(of: key)
            if usesLexicon {
                role.lexicon = (NewsLexicon.arabicIndex[stem] ?? []).map { anchors.id(of: "w:\($0)", kind: .lexicon) }
            }
            role.content = stems[stem] ?? {
                let id = Int32(stems.count)
                stems[stem] = id
                return id
            }()
        }
        role.startsBigram = AnchorWords.arabicBigrams[key] != nil
        if let word = AnchorWords.arabicKey(key) {
            role.anchor = anchors.id(of: word, kind: Self.kind(ofWordKey: word))
        } else if matchesNames, key.unicodeScalars.count >= 3, !StopWords.arabic.contains(key) {
            let type = Int32(wordTypes.count)
            wordTypes[key] = type
            role.nameType = type
        }
        return role
    }
}
