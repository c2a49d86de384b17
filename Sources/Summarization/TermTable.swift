import ArabicText

/// The bag-of-words features of one sentence (or title), as interned term ids.
struct SentenceTerms: Sendable {
    /// Content terms in text order (stop words left out), repeated as often as they occur.
    var terms: [Int32] = []
    /// Whitespace-separated words, as `SummaryBudget.words` counts them.
    var words = 0
    /// Distinct Latin words and codes (`Reuters`, `UH-60`): names the reader will look for.
    var names = 0
    /// Distinct numbers (`2020`, `5,200`).
    var numbers = 0
}

/// Turns text into interned term ids: LightStemmer stems of Arabic words, Latin words and codes
/// as matching keys, numbers as their digits; stop words left out.
///
/// Every distinct token key is stemmed once and remembered, so the hot loop does one hash
/// look-up per token. One table serves one call (a summary or a brief): there is no global state.
struct TermTable: Sendable {
    /// What a term stands for.
    enum Feature: UInt8, Sendable {
        /// The stem of an Arabic word.
        case word
        /// A Latin word or a code.
        case name
        /// A number.
        case number
    }

    /// The marker for a stop word in `idsByKey`.
    private static let stop: Int32 = -1

    /// Token keys (matching keys) by their bytes, so the hot loop makes no `String` per token.
    private var keys: TokenInterner
    /// The term id (or `stop`) of each interned key, by key id.
    private var idsByKey: [Int32] = []
    /// Terms (stems, names, numbers) by their bytes; a term's id is its id here.
    private var termIDs: TokenInterner
    /// What each term stands for, by id.
    private(set) var features: [Feature] = []

    private let tokenizer = Tokenizer()
    /// The matching key of the sentence being analysed.
    private var keyBuffer: [UInt8] = []
    private let stemmer = LightStemmer()

    /// A table sized for about `expectedTerms` distinct words; it grows past them.
    init(expectedTerms: Int = 4096) {
        keys = TokenInterner(expectedTokens: expectedTerms)
        termIDs = TokenInterner(expectedTokens: expectedTerms)
    }

    /// A table sized for the words of `article`: at most one new term per word, and an
    /// Arabic word with its space takes about ten bytes. (Clearing a table of a few thousand
    /// slots for each article of a `summarize` cost more than reading the article.)
    init(for article: SourceArticle) {
        let bytes = article.sentences.reduce(article.title.utf8.count) { $0 + $1.text.utf8.count }
        self.init(expectedTerms: max(64, bytes / 10))
    }

    /// How many terms have ids; every id is below this.
    var count: Int { features.count }

    /// Every term's text, by id: made when asked (a summary without corpus frequencies never
    /// asks), each time it is asked.
    func termTexts() -> [String] { (0..<Int32(count)).map { termIDs.string($0) } }

    /// The terms and counts of `text`.
    ///
    /// Stop words are compared on matching keys before stemming, and on the stem too, so that
    /// function words behind the conjunction و (`وهذا`, `وهناك`) are left out as well.
    ///
    /// - Complexity: O(n) in the length of the text, plus one stemming per new distinct word.
    mutating func analyse(_ text: String) -> SentenceTerms {
        var result = SentenceTerms()
        result.words = WhitespaceWords.count(in: text)
        var nameIDs: [Int32] = []
        var numberIDs: [Int32] = []
        // The key's bytes go into a buffer kept from sentence to sentence (no `String` made);
        // it leaves `self` for the scan, whose closure mutates `self`.
        var key: [UInt8] = []
        swap(&key, &keyBuffer)
        defer { swap(&key, &keyBuffer) }
        Normalizer.matchingKey.key(text, into: &key)
        let tokenizer = self.tokenizer  // a copy: the closure below mutates self
        key.withUnsafeBufferPointer { key in tokenizer.scan(utf8: key) { kind, range, _ in
            guard kind != .punctuation else { return }
            let bytes = UnsafeBufferPointer(rebasing: key[range])
            let keyID = Int(keys.intern(bytes))
            if keyID == idsByKey.count {
                // A key seen for the first time: stem it once.
                idsByKey.append(newID(for: bytes, kind: kind))
            }
            let id = idsByKey[keyID]
            guard id != Self.stop else { return }
            result.terms.append(id)
            switch features[Int(id)] {
            case .word: break
            case .name: nameIDs.append(id)
            case .number: numberIDs.append(id)
            }
        } }
        result.names = Self.distinctCount(nameIDs)
        result.numbers = Self.distinctCount(numberIDs)
        return result
    }

    /// The id of the term a token (its key's UTF-8 bytes) stands for, interning it, or `stop`.
    private mutating func newID(for token: UnsafeBufferPointer<UInt8>, kind: Token.Kind) -> Int32 {
        switch kind {
        case .arabic:
            guard !StopWords.containsArabic(token) else { return Self.stop }
            let stem = UnsafeBufferPointer(rebasing: token[stemmer.stemRange(ofKey: token)])
            guard !StopWords.containsArabic(stem) else { return Self.stop }
            return intern(stem, as: .word)
        case .latin:
            return intern(token, as: .name)
        case .code, .number:
            // A proclitic glued in front (`وAH-64`, `الـ10`) is not part of the name or number:
            // the letters of the Arabic block, whose UTF-8 lead bytes are D8...DB.
            var start = 0
            while start + 1 < token.count, token[start] & 0xFC == 0xD8 { start += 2 }
            guard start < token.count else { return Self.stop }
            return intern(UnsafeBufferPointer(rebasing: token[start...]), as: kind == .code ? .name : .number)
        case .punctuation:
            return Self.stop
        }
    }

    private mutating func intern(_ term: UnsafeBufferPointer<UInt8>, as feature: Feature) -> Int32 {
        let id = termIDs.intern(term)
        if Int(id) == features.count { features.append(feature) }
        return id
    }

    private static func distinctCount(_ ids: [Int32]) -> Int {
        if ids.count < 2 { return ids.count }
        var seen: [Int32] = []
        for id in ids where !seen.contains(id) { seen.append(id) }
        return seen.count
    }
}
