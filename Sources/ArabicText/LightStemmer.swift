/// A light stemmer for retrieval and scoring: it strips the frequent proclitics, the article and
/// the commonest suffixes from a matching key, as Larkey's Light10 does, so that `والحكومة`,
/// `للحكومة` and `حكومته` count as one word.
///
/// ```swift
/// LightStemmer().stem(of: "والحكومات")   // "حكوم"
/// LightStemmer().stem(of: "بغداد")       // "بغداد"
/// ```
///
/// Unlike `CliticAnalyzer`, which lists every reading of a word so the term matcher can try
/// them, this gives one stem and may over-strip a name (`بريطانيا` keeps its `ب`, but `يان` is cut
/// from names ending in it). Use it for bag-of-words similarity (summaries, ROUGE), never to
/// decide whether a term is present.
///
/// - Complexity: O(n) in the length of the word.
public struct LightStemmer: Sendable {
    public init() {}

    /// A letter of the Arabic block as its two UTF-8 bytes, the lead byte high: every affix
    /// is made of such letters, so that matching one is a comparison of 16-bit numbers read
    /// straight from the key.
    private enum Letter {
        static let alef: UInt16 = 0xD8A7  // ا
        static let beh: UInt16 = 0xD8A8  // ب
        static let teh: UInt16 = 0xD8AA  // ت
        static let feh: UInt16 = 0xD981  // ف
        static let kaf: UInt16 = 0xD983  // ك
        static let lam: UInt16 = 0xD984  // ل
        static let noon: UInt16 = 0xD986  // ن
        static let heh: UInt16 = 0xD987  // ه (ة on a matching key)
        static let waw: UInt16 = 0xD988  // و
        static let yeh: UInt16 = 0xD98A  // ي

        /// و ب ك ف: what may stand before the article in Light10's prefixes.
        @inline(__always)
        static func isArticleProclitic(_ letter: UInt16) -> Bool {
            letter == waw || letter == beh || letter == kaf || letter == feh
        }
    }

    /// The stem of `key`, a word already in matching-key form (`Normalizer.matchingKey`).
    public func stem(of key: String) -> String {
        var key = key
        return key.withUTF8 { bytes in
            let range = stemRange(ofKey: bytes)
            if range.count == bytes.count { return String(decoding: bytes, as: UTF8.self) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
    }

    /// The stem of a key's UTF-8 bytes, as the range of those bytes it keeps (a stem is the
    /// key without a prefix and suffixes): hot paths intern it without making a `String`.
    ///
    /// Affixes are matched as two-byte letters read from a letter boundary (the key's ends, or
    /// the end of an affix already matched): a lead byte is never a continuation byte, so a
    /// match of the bytes is a match of the letter, whatever the other letters' lengths.
    public func stemRange(ofKey bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        guard var letters = Self.arabicLetterCount(bytes) else { return 0..<bytes.count }
        @inline(__always) func letter(at index: Int) -> UInt16 { UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]) }
        var lower = 0
        var upper = bytes.count
        if letters > 3, letter(at: 0) == Letter.waw {
            lower = 2
            letters -= 1
        }
        // The article with a proclitic (وال بال كال فال), else لل or ال, if two letters are left.
        if letters >= 5, letter(at: lower + 2) == Letter.alef, letter(at: lower + 4) == Letter.lam,
            Letter.isArticleProclitic(letter(at: lower))
        {
            lower += 6
            letters -= 3
        } else if letters >= 4, letter(at: lower + 2) == Letter.lam,
            letter(at: lower) == Letter.lam || letter(at: lower) == Letter.alef
        {
            lower += 4
            letters -= 2
        }
        // Light10's suffixes (ة is ه on a matching key), each tried once, in this order, as
        // long as two letters are left.
        @inline(__always) func cut(_ first: UInt16, _ second: UInt16) {
            guard letters >= 4, letter(at: upper - 2) == second, letter(at: upper - 4) == first else { return }
            upper -= 4
            letters -= 2
        }
        @inline(__always) func cut(_ only: UInt16) {
            guard letters >= 3, letter(at: upper - 2) == only else { return }
            upper -= 2
            letters -= 1
        }
        cut(Letter.heh, Letter.alef)  // ها
        cut(Letter.alef, Letter.noon)  // ان
        cut(Letter.alef, Letter.teh)  // ات
        cut(Letter.waw, Letter.noon)  // ون
        cut(Letter.yeh, Letter.noon)  // ين
        cut(Letter.yeh, Letter.heh)  // يه
        cut(Letter.heh)  // ه
        cut(Letter.yeh)  // ي
        return lower..<upper
    }

    /// How many letters `bytes` has, or nil unless every one is an Arabic letter.
    @inline(__always)
    private static func arabicLetterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var letters = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let value: UInt32
            if lead & 0xFC == 0xD8, index + 1 < bytes.count {
                // The Arabic block, nearly every letter of an Arabic word: by table.
                guard ArabicBlockSet.letters.contains(ArabicBlockSet.offset(lead: lead, trail: bytes[index + 1])) else { return nil }
                letters += 1
                index += 2
                continue
            } else if lead & 0xE0 == 0xC0, index + 1 < bytes.count {
                // Two bytes: the whole Arabic block and its supplement.
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else {
                let (decoded, length) = decodeScalar(bytes, at: index)
                value = decoded
                index += length
            }
            guard ScalarClass.isArabicLetter(value) else { return nil }
            letters += 1
        }
        return letters
    }
}
