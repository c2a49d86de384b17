extension CliticAnalyzer {
    /// Calls `body` with every reading of a matching key's UTF-8 bytes, in the order of
    /// `analyses(of:)`, as cut points rather than strings: nothing is allocated.
    ///
    /// ```swift
    /// // "وللعراق": (0, 0, 14) the whole word, (2, 2, 14) للعراق, (4, 4, 14) لعراق,
    /// // (4, 6, 14) عراق with the article.
    /// ```
    ///
    /// This is the one definition of the analysis: `analyses(of:)` builds its strings from it.
    ///
    /// - Complexity: O(n) for a key of n bytes, plus O(1) for each of the k ≤ 48 cuts.
    public func forEachCut(ofKey key: UnsafeBufferPointer<UInt8>, _ body: (CliticCut) -> Void) {
        let letters = KeyLetters(key)
        if options.contains(.proclitics) {
            Self.forEachProcliticSplit(count: letters.count, letter: letters.scalar) { split in
                cuts(after: split, of: letters, body)
            }
        } else {
            cuts(after: PrefixSplit(prefixEnd: 0, stemStart: 0, article: false), of: letters, body)
        }
    }

    /// The cuts that share one split of the proclitics: the stem as it stands, then without
    /// a tanween alef or an enclitic pronoun.
    @inline(__always)
    private func cuts(after split: PrefixSplit, of letters: KeyLetters, _ body: (CliticCut) -> Void) {
        let count = letters.count
        let stemLength = count - split.stemStart
        guard stemLength >= minimumStemLength || split.stemStart == 0 else { return }
        let prefixEnd = letters.offset(split.prefixEnd)
        let stemStart = letters.offset(split.stemStart)
        func cut(removing suffix: Int, restoresTaaMarbuta: Bool = false) -> CliticCut {
            CliticCut(
                prefixEnd: prefixEnd, stemStart: stemStart, stemEnd: letters.offset(count - suffix),
                hasArticle: split.article, restoresTaaMarbuta: restoresTaaMarbuta, stemLength: stemLength - suffix)
        }
        body(cut(removing: 0))
        // Suffixes are only looked for on stems of Arabic letters.
        guard letters.lastNonLetter < split.stemStart else { return }
        if options.contains(.tanweenAlef), stemLength > minimumStemLength + 1, letters.scalar(count - 1) == Self.alef {
            body(cut(removing: 1))
        }
        guard options.contains(.enclitics) else { return }
        for enclitic in Self.enclitics where stemLength >= enclitic.count + minimumStemLength + 1 {
            let start = count - enclitic.count
            guard enclitic.indices.allSatisfy({ letters.scalar(start + $0) == enclitic[$0] }) else { continue }
            body(cut(removing: enclitic.count))
            // A taa marbuta becomes taa before a pronoun: حكومتها → حكومة.
            if letters.scalar(start - 1) == Self.taa { body(cut(removing: enclitic.count, restoresTaaMarbuta: true)) }
        }
    }

    /// Calls `body` with the ways to split proclitics off a word of `count` letters, the whole
    /// word first. `letter(i)` gives the i-th letter (only the first four are asked for).
    ///
    /// This is the one definition of Arabic proclitics: `analyses(of:)` and the search index
    /// both read words through it.
    @inline(__always)
    static func forEachProcliticSplit(count: Int, letter: (Int) -> Unicode.Scalar, _ body: (PrefixSplit) -> Void) {
        body(PrefixSplit(prefixEnd: 0, stemStart: 0, article: false))
        let lastConjunctionEnd = count > 0 && isConjunction(letter(0)) ? 1 : 0
        for c in 0...lastConjunctionEnd {
            let lastPrepositionEnd = c < count && isPreposition(letter(c)) ? c + 1 : c
            for p in c...lastPrepositionEnd {
                if p > 0 { body(PrefixSplit(prefixEnd: p, stemStart: p, article: false)) }
                if p + 1 < count, letter(p) == alef, letter(p + 1) == lam {
                    body(PrefixSplit(prefixEnd: p, stemStart: p + 2, article: true))
                }
                // لل: the preposition ل before the article loses the article's alef.
                if p == c + 1, letter(c) == lam, p < count, letter(p) == lam {
                    body(PrefixSplit(prefixEnd: p, stemStart: p + 1, article: true))
                }
            }
        }
    }
}

/// The letters of a key that the analysis looks at (the first five and the last four, with
/// their byte offsets), its length in scalars, and where its last non-letter stands: one pass
/// over the bytes, no allocation.
struct KeyLetters {
    private(set) var count = 0
    /// The scalar index of the last scalar that is not an Arabic letter, or -1.
    private(set) var lastNonLetter = -1
    private let byteCount: Int
    private var front = SIMD8<UInt32>()
    private var frontOffsets = SIMD8<Int>()
    private var back = SIMD4<UInt32>()
    private var backOffsets = SIMD4<Int>()

    @inline(__always)
    init(_ key: UnsafeBufferPointer<UInt8>) {
        byteCount = key.count
        var index = 0
        while index < key.count {
            let (value, length) = decodeScalar(key, at: index)
            if count < 5 {
                front[count] = value
                frontOffsets[count] = index
            }
            back = SIMD4(back[1], back[2], back[3], value)
            backOffsets = SIMD4(backOffsets[1], backOffsets[2], backOffsets[3], index)
            if !ScalarClass.isArabicLetter(value) { lastNonLetter = count }
            count += 1
            index += length
        }
    }

    /// The i-th scalar: one of the first five or of the last four.
    @inline(__always)
    func scalar(_ i: Int) -> Unicode.Scalar {
        let value = i < 5 ? front[i] : back[i - (count - 4)]
        return Unicode.Scalar(value) ?? " "
    }

    /// The byte offset of the i-th scalar (the key's length for i == count).
    @inline(__always)
    func offset(_ i: Int) -> Int {
        if i >= count { return byteCount }
        return i < 5 ? frontOffsets[i] : backOffsets[i - (count - 4)]
    }
}
