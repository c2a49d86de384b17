extension CliticAnalyzer {
    /// Appends to `cuts` every reading of a matching key's UTF-8 bytes (valid UTF-8, as a
    /// `String` holds), in the order of `analyses(of:)`, as cut points rather than strings:
    /// with a buffer reused from word to word, nothing is allocated.
    ///
    /// ```swift
    /// // "وللعراق" gives (prefixEnd, stemStart, stemEnd) = (0, 0, 14) the whole word,
    /// // (2, 2, 14) للعراق, (4, 4, 14) لعراق, (4, 6, 14) عراق with the article.
    /// ```
    ///
    /// This is the one definition of the analysis: `analyses(of:)` builds its strings from it.
    ///
    /// - Complexity: O(n) for a key of n bytes, plus O(1) for each of the k ≤ 48 cuts.
    public func cuts(ofKey key: UnsafeBufferPointer<UInt8>, into cuts: inout [CliticCut]) {
        let letters = KeyLetters(key)
        // Which enclitics the word ends in does not depend on its proclitics: found once.
        var endings: UInt32 = 0
        if options.contains(.enclitics) {
            let last = letters.lastLetters
            for (index, enclitic) in Self.encliticLetters.enumerated() where last & enclitic.mask == enclitic.letters {
                endings |= 1 << index
            }
        }
        if options.contains(.proclitics) {
            Self.forEachProcliticSplit(count: letters.count, letter: letters.value) { split in
                appendCuts(after: split, of: letters, endings: endings, to: &cuts)
            }
        } else {
            appendCuts(after: PrefixSplit(prefixEnd: 0, stemStart: 0, article: false), of: letters, endings: endings,
                       to: &cuts)
        }
    }

    /// The cuts that share one split of the proclitics: the stem as it stands, then without
    /// a tanween alef or an enclitic pronoun (`endings`: bit i for `enclitics[i]`, which the
    /// word ends in).
    @inline(__always)
    private func appendCuts(
        after split: PrefixSplit, of letters: KeyLetters, endings: UInt32, to cuts: inout [CliticCut]
    ) {
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
        cuts.append(cut(removing: 0))
        // Suffixes are only looked for on stems of Arabic letters.
        guard letters.lastNonLetter < split.stemStart else { return }
        if options.contains(.tanweenAlef), stemLength > minimumStemLength + 1,
            letters.value(count - 1) == Self.alef.value
        {
            cuts.append(cut(removing: 1))
        }
        var remaining = endings
        while remaining != 0 {
            let length = Self.encliticLengths[remaining.trailingZeroBitCount]
            remaining &= remaining - 1
            guard stemLength >= length + minimumStemLength + 1 else { continue }
            cuts.append(cut(removing: length))
            // A taa marbuta becomes taa before a pronoun: حكومتها → حكومة.
            if letters.value(count - length - 1) == Self.taa.value {
                cuts.append(cut(removing: length, restoresTaaMarbuta: true))
            }
        }
    }

    /// An enclitic's letters packed as `KeyLetters.lastLetters` packs a word's last letters.
    struct EncliticLetters: Sendable {
        var count: Int
        var letters: UInt64
        /// The bits of `lastLetters` that its letters cover.
        var mask: UInt64
    }

    /// The length of each of `enclitics`.
    static let encliticLengths: [Int] = enclitics.map(\.count)

    /// `enclitics`, longest first, in that form.
    static let encliticLetters: [EncliticLetters] = enclitics.map { enclitic in
        var letters: UInt64 = 0
        for letter in enclitic { letters = letters << 16 | UInt64(letter.value) }
        return EncliticLetters(count: enclitic.count, letters: letters, mask: (1 << (16 * UInt64(enclitic.count))) - 1)
    }

    /// Calls `body` with the ways to split proclitics off a word of `count` letters, the whole
    /// word first. `letter(i)` gives the i-th letter's scalar value (only the first four are
    /// asked for).
    ///
    /// This is the one definition of Arabic proclitics: `analyses(of:)` and the search index
    /// both read words through it.
    @inline(__always)
    static func forEachProcliticSplit(count: Int, letter: (Int) -> UInt32, _ body: (PrefixSplit) -> Void) {
        body(PrefixSplit(prefixEnd: 0, stemStart: 0, article: false))
        let lastConjunctionEnd = count > 0 && isConjunction(letter(0)) ? 1 : 0
        for c in 0...lastConjunctionEnd {
            let lastPrepositionEnd = c < count && isPreposition(letter(c)) ? c + 1 : c
            for p in c...lastPrepositionEnd {
                if p > 0 { body(PrefixSplit(prefixEnd: p, stemStart: p, article: false)) }
                if p + 1 < count, letter(p) == alef.value, letter(p + 1) == lam.value {
                    body(PrefixSplit(prefixEnd: p, stemStart: p + 2, article: true))
                }
                // لل: the preposition ل before the article loses the article's alef.
                if p == c + 1, letter(c) == lam.value, p < count, letter(p) == lam.value {
                    body(PrefixSplit(prefixEnd: p, stemStart: p + 1, article: true))
                }
            }
        }
    }
}

/// The letters of a key that the analysis looks at (the first five and the last four, with
/// their byte offsets), its length in scalars, and where its last non-letter stands: one pass
/// over the bytes, no allocation. Plain fields, not arrays: this runs for every word.
struct KeyLetters {
    private(set) var count = 0
    /// The scalar index of the last scalar that is not an Arabic letter, or -1.
    private(set) var lastNonLetter = -1
    private let byteCount: Int
    /// The first five scalars' values and byte offsets.
    private var first: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0)
    private var firstOffsets: (Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0)
    /// The last four, the last one first.
    private var last: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    private var lastOffsets: (Int, Int, Int, Int) = (0, 0, 0, 0)

    @inline(__always)
    init(_ key: UnsafeBufferPointer<UInt8>) {
        byteCount = key.count
        var index = 0
        while index < key.count {
            let (value, length) = decodeScalar(key, at: index)
            switch count {
            case 0: (first.0, firstOffsets.0) = (value, index)
            case 1: (first.1, firstOffsets.1) = (value, index)
            case 2: (first.2, firstOffsets.2) = (value, index)
            case 3: (first.3, firstOffsets.3) = (value, index)
            case 4: (first.4, firstOffsets.4) = (value, index)
            default: break
            }
            if !ScalarClass.isArabicLetter(value) { lastNonLetter = count }
            count += 1
            index += length
        }
        // The last four, read backwards.
        index = key.count
        for fromEnd in 0..<min(4, count) {
            index -= 1
            while key[index] & 0xC0 == 0x80 { index -= 1 }
            let value = decodeScalar(key, at: index).value
            switch fromEnd {
            case 0: (last.0, lastOffsets.0) = (value, index)
            case 1: (last.1, lastOffsets.1) = (value, index)
            case 2: (last.2, lastOffsets.2) = (value, index)
            default: (last.3, lastOffsets.3) = (value, index)
            }
        }
    }

    /// The i-th scalar's value: one of the first five or of the last four.
    @inline(__always)
    func value(_ i: Int) -> UInt32 {
        switch i {
        case 0: return first.0
        case 1: return first.1
        case 2: return first.2
        case 3: return first.3
        case 4: return first.4
        default:
            switch count - 1 - i {
            case 0: return last.0
            case 1: return last.1
            case 2: return last.2
            default: return last.3
            }
        }
    }

    /// The byte offset of the i-th scalar (the key's length for i == count).
    @inline(__always)
    func offset(_ i: Int) -> Int {
        if i >= count { return byteCount }
        switch i {
        case 0: return firstOffsets.0
        case 1: return firstOffsets.1
        case 2: return firstOffsets.2
        case 3: return firstOffsets.3
        case 4: return firstOffsets.4
        default:
            switch count - 1 - i {
            case 0: return lastOffsets.0
            case 1: return lastOffsets.1
            case 2: return lastOffsets.2
            default: return lastOffsets.3
            }
        }
    }

    /// The last three letters, 16 bits each, the last one lowest (Arabic letters fit in 16
    /// bits; only stems of Arabic letters are compared this way).
    var lastLetters: UInt64 {
        UInt64(last.2 & 0xFFFF) << 32 | UInt64(last.1 & 0xFFFF) << 16 | UInt64(last.0 & 0xFFFF)
    }
}
