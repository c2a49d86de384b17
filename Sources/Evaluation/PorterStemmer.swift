/// Porter's suffix-stripping stemmer exactly as NLTK's `PorterStemmer()` runs it (the default
/// `NLTK_EXTENSIONS` mode, with its pool of irregular forms), which rouge-score uses.
///
/// ```swift
/// PorterStemmer().stem("generously")   // "gener"
/// PorterStemmer().stem("skies")        // "sky"
/// ```
///
/// Works on Unicode scalars, as NLTK works on Python code points.
///
/// - Complexity: O(k²) in the length k of the word, which is short.
public struct PorterStemmer: Sendable {
    public init() {}

    /// The stem of `word`, lowercased first.
    public func stem(_ word: String) -> String {
        let lowered = word.lowercased()
        if let irregular = Self.irregularForms[lowered] { return irregular }
        // NLTK leaves words of one or two code points alone (it measures the word before lowercasing).
        if word.unicodeScalars.count <= 2 { return lowered }
        let stemmed = stem(letters: lowered.unicodeScalars.map(\.value))
        return String(String.UnicodeScalarView(stemmed.compactMap(Unicode.Scalar.init)))
    }

    /// The stem of a lowercase ASCII word of at least three letters, without the String round trip.
    func stem(ascii word: [UInt8]) -> [UInt8] {
        let letters = word.map(UInt32.init)
        if let irregular = Self.irregularLetters[letters] { return irregular.map { UInt8(truncatingIfNeeded: $0) } }
        if letters.count <= 2 { return word }
        return stem(letters: letters).map { UInt8(truncatingIfNeeded: $0) }
    }

    /// Steps 1a to 5b of the algorithm on a lowercase word.
    func stem(letters word: Letters) -> Letters {
        var stem = step1a(word)
        stem = step1b(stem)
        stem = step1c(stem)
        stem = step2(stem)
        stem = step3(stem)
        stem = step4(stem)
        stem = step5a(stem)
        return step5b(stem)
    }

    /// NLTK's table of irregular forms, word to stem ("reflects the errors actually drawn to
    /// Martin Porter's attention over a 20 year period").
    static let irregularForms: [String: String] = [
        "sky": "sky", "skies": "sky",
        "dying": "die",
        "lying": "lie",
        "tying": "tie",
        "news": "news",
        "innings": "inning", "inning": "inning",
        "outings": "outing", "outing": "outing",
        "cannings": "canning", "canning": "canning",
        "howe": "howe",
        "proceed": "proceed",
        "exceed": "exceed",
        "succeed": "succeed",
    ]

    static let irregularLetters: [Letters: Letters] = Dictionary(
        uniqueKeysWithValues: irregularForms.map { (letters($0.key), letters($0.value)) }
    )
}
