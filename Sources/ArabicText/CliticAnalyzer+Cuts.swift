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
        if options.contains(.proclitics) {
            Self.forEachProcliticSplit(count: letters.count, letter: letters.value) { split in
                appendCuts(after: split, of: letters, to: &cuts)
            }
        } else {
            appendCuts(after: PrefixSplit(prefixEnd: 0, stemStart: 0, article: false), of: letters, to: &cuts)
        }
    }

    /// The cuts that share one split of the proclitics: the stem as it stands, then without
    /// a tanween alef or an enclitic pronoun.
    @inline(__always)
    private func appendCuts(after split: PrefixSplit, of letters: KeyLetters, to cuts: inout [CliticCut]) {
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
        guard options.contains(.enclitics) else { return }
        for enclitic in Self.encliticLetters where stemLength >= enclitic.count + minimumStemLength + 1 {
            let start = count - enclitic.count
            var same = true
            for index in 0..<enclitic.count where letters.value(start + index) != enclitic.letters[index] {
                same = false
            }
            guard same else { continue }
            cuts.append(cut(removing: enclitic.count))
            // A taa marbuta becomes taa before a pronoun: حكومتها → حكومة.
            if letters.value(start - 1) == Self.taa.value {
                cuts.append(cut(removing: enclitic.count, restoresTaaMarbuta: true))
            }
        }
    }

    /// An enclitic's letters as scalar values, for comparisons without arrays.
    struct EncliticLetters: Sendable {
        var count: Int
        var letters: Lanes<UInt32>
    }

    /// `enclitics`, longest first, in that form.
    static let encliticLetters: [EncliticLetters] = enclitics.map { enclitic in
        var letters = Lanes<UInt32>()
        for (index, letter) in enclitic.enumerated() { letters[index] = letter.value }
        return EncliticLetters(count: enclitic.count, letters: letters)
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
/// over the bytes, no allocation.
struct KeyLetters {
    private(set) var count = 0
    /// The scalar index of the last scalar that is not an Arabic letter, or -1.
    private(set) var lastNonLetter = -1
    private let byteCount: Int
    /// The first five scalars and their byte offsets, scalar i at lane i.
    private var values = Lanes<UInt32>()
    private var offsets = Lanes<Int>()
    /// The last four scalars and their byte offsets, scalar i at lane i % 4.
    private var backValues = Lanes<UInt32>()
    private var backOffsets = Lanes<Int>()

    @inline(__always)
    init(_ key: UnsafeBufferPointer<UInt8>) {
        byteCount = key.count
        var index = 0
        while index < key.count {
            let (value, length) = decodeScalar(key, at: index)
            if count < 5 {
                values[count] = value
                offsets[count] = index
            }
            backValues[count & 3] = value
            backOffsets[count & 3] = index
            if !ScalarClass.isArabicLetter(value) { lastNonLetter = count }
            count += 1
            index += length
        }
    }

    /// The i-th scalar's value: one of the first five or of the last four.
    @inline(__always)
    func value(_ i: Int) -> UInt32 {
        i < 5 ? values[i] : backValues[i & 3]
    }

    /// The byte offset of the i-th scalar (the key's length for i == count).
    @inline(__always)
    func offset(_ i: Int) -> Int {
        if i >= count { return byteCount }
        return i < 5 ? offsets[i] : backOffsets[i & 3]
    }
}

/// Eight values kept in place and indexed at run time with plain loads and stores (a SIMD
/// vector would be reloaded whole after each one-lane store). Indexes are taken modulo 8.
struct Lanes<Value: BitwiseCopyable & Sendable>: Sendable {
    private var storage: (Value, Value, Value, Value, Value, Value, Value, Value)

    @inline(__always)
    init() where Value: ExpressibleByIntegerLiteral {
        storage = (0, 0, 0, 0, 0, 0, 0, 0)
    }

    @inline(__always)
    subscript(index: Int) -> Value {
        get {
            withUnsafeBytes(of: storage) {
                $0.load(fromByteOffset: (index & 7) * MemoryLayout<Value>.stride, as: Value.self)
            }
        }
        set {
            withUnsafeMutableBytes(of: &storage) {
                $0.storeBytes(of: newValue, toByteOffset: (index & 7) * MemoryLayout<Value>.stride, as: Value.self)
            }
        }
    }
}
