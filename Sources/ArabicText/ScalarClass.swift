/// Classification of Unicode scalars that the normaliser, tokeniser and segmenter share.
///
/// One home for "which code points are diacritics, alef forms, Arabic letters, ...", so the
/// components that need such facts cannot drift apart.
enum ScalarClass {
    /// Arabic diacritics (harakat, tanween, shadda, sukun, Quranic marks, superscript alef U+0670).
    @inline(__always)
    static func isDiacritic(_ v: UInt32) -> Bool {
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06DC, 0x06DF...0x06E4,
            0x06E7...0x06E8, 0x06EA...0x06ED:
            return true
        default:
            return false
        }
    }

    /// Invisible formatting: zero-width characters, bidi controls, byte-order mark, soft hyphen.
    @inline(__always)
    static func isInvisibleControl(_ v: UInt32) -> Bool {
        switch v {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF,
            0x061C, 0x00AD:
            return true
        default:
            return false
        }
    }

    /// Horizontal white space (not line breaks).
    @inline(__always)
    static func isHorizontalSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Line and paragraph breaks.
    @inline(__always)
    static func isLineBreak(_ v: UInt32) -> Bool {
        v == 0x0A || v == 0x0D || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool { isHorizontalSpace(v) || isLineBreak(v) }

    /// Arabic-script letters (base letters, not diacritics, digits or punctuation).
    @inline(__always)
    static func isArabicLetter(_ v: UInt32) -> Bool {
        if v &- 0x0600 < 0x100 { return ArabicBlockSet.letters.contains(Int(v &- 0x0600)) }
        return isArabicLetterByRanges(v)
    }

    /// What an Arabic letter is, by code point ranges: the definition `isArabicLetter` and
    /// `ArabicBlockSet.letters` follow.
    @inline(__always)
    static func isArabicLetterByRanges(_ v: UInt32) -> Bool {
        switch v {
        case 0x0621...0x063A, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5,
            0x06EE...0x06EF, 0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x08A0...0x08C9:
            return true
        default:
            return false
        }
    }

    /// Arabic letters plus the marks that may sit on them: what a word is made of.
    @inline(__always)
    static func isArabicWordScalar(_ v: UInt32) -> Bool {
        if v &- 0x0600 < 0x100 { return ArabicBlockSet.wordScalars.contains(Int(v &- 0x0600)) }
        return isArabicWordScalarByRanges(v)
    }

    /// What an Arabic word scalar is, by code point ranges: the definition `isArabicWordScalar`
    /// and `ArabicBlockSet.wordScalars` follow.
    @inline(__always)
    static func isArabicWordScalarByRanges(_ v: UInt32) -> Bool {
        isArabicLetterByRanges(v) || isDiacritic(v) || v == 0x0640
    }

    /// ASCII, Arabic-Indic (U+0660...) and Persian (U+06F0...) digits: the digit's value, or nil.
    @inline(__always)
    static func digitValue(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x30...0x39: return v - 0x30
        case 0x0660...0x0669: return v - 0x0660
        case 0x06F0...0x06F9: return v - 0x06F0
        default: return nil
        }
    }

    @inline(__always)
    static func isASCIILetter(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// Letters of any script other than Arabic (Latin with accents, Greek, Cyrillic, ...).
    /// The Arabic block, which Arabic text asks about at every mark after a word (`،` `؛`),
    /// is answered from a table.
    @inline(__always)
    static func isOtherLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIILetter(v) }
        if v >= 0x0600 && v <= 0x06FF { return otherLettersInArabicBlock[Int(v - 0x0600)] }
        return isOtherLetterByProperties(v)
    }

    /// `isOtherLetter` for U+0600...U+06FF, from the Unicode properties.
    private static let otherLettersInArabicBlock: [Bool] = (UInt32(0x0600)...0x06FF).map(isOtherLetterByProperties)

    private static func isOtherLetterByProperties(_ v: UInt32) -> Bool {
        if isArabicLetter(v) { return false }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.isAlphabetic && !isDiacritic(v)
    }

    /// Combining marks of other scripts (kept inside the word they follow).
    static func isOtherMark(_ v: UInt32) -> Bool {
        guard v >= 0x0300, !isDiacritic(v), let scalar = Unicode.Scalar(v) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Scalars whose compatibility (NFKC) form the display level substitutes: Arabic
    /// presentation forms A and B and the half- and full-width forms.
    @inline(__always)
    static func hasPresentationForm(_ v: UInt32) -> Bool {
        (v >= 0xFB50 && v <= 0xFDFF) || (v >= 0xFE70 && v <= 0xFEFC) || (v >= 0xFF01 && v <= 0xFFEE)
    }
}

/// Scalars of the Arabic block U+0600...U+06FF, one bit each (bit `offset & 63` of word
/// `offset >> 6` for U+0600 + `offset`): told from a scalar's two UTF-8 bytes (lead D8...DB)
/// with one load, where the classifiers above compare against a dozen ranges. The words are
/// literals, so reading them costs no lazy initialisation; a test checks each set against its
/// classifier.
struct ArabicBlockSet: Sendable {
    let words: (UInt64, UInt64, UInt64, UInt64)

    /// `ScalarClass.isArabicWordScalar`: letters, diacritics and tatweel.
    static let wordScalars = ArabicBlockSet(
        words: (0x07FF_FFFE_07FF_0000, 0xFFFF_C000_FFFF_FFFF, 0xFFFF_FFFF_FFFF_FFFF, 0x9C00_FD9F_9FEF_FFFF))
    /// `ScalarClass.isArabicLetter`.
    static let letters = ArabicBlockSet(
        words: (0x07FF_FFFE_0000_0000, 0xFFFE_C000_0000_07FE, 0xFFFF_FFFF_FFFF_FFFF, 0x9C00_C000_002F_FFFF))

    /// Whether U+0600 + `offset` (below 256) is in the set.
    @inline(__always)
    func contains(_ offset: Int) -> Bool {
        assert(offset >= 0 && offset < 256, "an offset into the Arabic block")
        // An indexed load, not a switch (which compiles to a jump table and mispredicts).
        let word = withUnsafeBytes(of: words) { $0.load(fromByteOffset: (offset >> 6) &* 8, as: UInt64.self) }
        return word >> UInt64(offset & 63) & 1 == 1
    }

    /// The offset from U+0600 of the scalar whose UTF-8 bytes are `lead` (D8...DB) and `trail`.
    @inline(__always)
    static func offset(lead: UInt8, trail: UInt8) -> Int {
        Int(lead & 0x03) << 6 | Int(trail & 0x3F)
    }
}
