/// Cuts text into Arabic words, Latin words, numbers, codes and punctuation, each with its
/// range in the original text and its matching key.
///
/// ```swift
/// Tokenizer().tokens(in: "ببغدادَ وAH-64").map(\.key)   // ["ببغداد", "وah-64"]
/// ```
///
/// Rules that Arabic news needs: a hyphen between Arabic words separates them
/// (`المشتركة-بغداد` is two words); an Arabic proclitic glued to a Latin code or a number stays
/// on it (`وAH-64`, `الـ10`) so the clitic analysis can strip it; Latin codes keep their hyphens
/// and dots (`UH-60`, `U.S.`); numbers keep inner separators (`35.7`, `5,200`).
///
/// - Complexity: O(n) in the length of the text.
public struct Tokenizer: Sendable {
    public let normalizer: Normalizer

    public init(normalizer: Normalizer = .matchingKey) {
        self.normalizer = normalizer
    }

    /// The tokens of `text`; ranges are Unicode scalar offsets into `text`.
    public func tokens(in text: String) -> [Token] {
        tokens(in: normalizer.normalize(text))
    }

    /// The tokens of an already normalised text; ranges are offsets into its original.
    public func tokens(in normalized: NormalizedText) -> [Token] {
        var tokens: [Token] = []
        scan(normalized.text) { kind, bytes, scalars in
            tokens.append(Token(
                kind: kind, range: normalized.originalRange(of: scalars),
                key: String(decoding: bytes, as: UTF8.self)))
        }
        return tokens
    }

    /// Calls `body` for every token of an already normalised text with its kind, its UTF-8
    /// bytes and its scalar range in that text, without building `Token` values (hot paths).
    public func scan(
        _ normalizedText: String,
        _ body: (Token.Kind, UnsafeBufferPointer<UInt8>, Range<Int>) -> Void
    ) {
        normalizedText.withUTF8Bytes { bytes in
            Self.scan(bytes) { kind, byteRange, scalars in
                body(kind, UnsafeBufferPointer(rebasing: bytes[byteRange]), scalars)
            }
        }
    }

    /// Calls `body` for every token of the UTF-8 bytes of an already normalised text (valid
    /// UTF-8, as a `String` holds) with its kind, its byte range and its scalar range, so that
    /// a caller keeping the bytes can refer to tokens by offsets (hot paths, no allocation).
    public func scan(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Token.Kind, Range<Int>, Range<Int>) -> Void) {
        Self.scan(bytes, body)
    }

    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Token.Kind, Range<Int>, Range<Int>) -> Void) {
        var cursor = Cursor(bytes: bytes)
        while !cursor.atEnd {
            let value = cursor.value
            if ScalarClass.isSpace(value) || ScalarClass.isInvisibleControl(value) {
                cursor.advance()
                continue
            }
            let startByte = cursor.byte
            let startScalar = cursor.scalar
            let kind: Token.Kind
            if ScalarClass.isArabicWordScalar(value) {
                cursor.advanceOverArabicWord()
                // Only a run glued to a code or number (rare) needs its letters looked at.
                if !cursor.atEnd, Self.startsLatinOrNumber(cursor.value),
                    CliticAnalyzer.isProcliticSequence(
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[startByte..<cursor.byte]), as: UTF8.self)
                            .unicodeScalars.filter { ScalarClass.isArabicLetter($0.value) })
                {
                    kind = Self.scanLatinOrNumber(&cursor)
                } else {
                    kind = .arabic
                }
            } else if Self.startsLatinOrNumber(value) {
                kind = Self.scanLatinOrNumber(&cursor)
            } else {
                cursor.advance()
                kind = .punctuation
            }
            body(kind, startByte..<cursor.byte, startScalar..<cursor.scalar)
        }
    }

    @inline(__always)
    static func startsLatinOrNumber(_ value: UInt32) -> Bool {
        ScalarClass.isASCIILetter(value) || ScalarClass.digitValue(value) != nil
            || (value >= 0x80 && ScalarClass.isOtherLetter(value))
    }

    /// Scans a Latin word, number or code; the cursor stands on its first scalar.
    private static func scanLatinOrNumber(_ cursor: inout Cursor) -> Token.Kind {
        var hasLetter = false
        var hasDigit = false
        var dots = 0
        var letterRun = 0
        var singleLetterParts = true
        while !cursor.atEnd {
            let value = cursor.value
            if ScalarClass.digitValue(value) != nil {
                hasDigit = true
                letterRun = 0
                cursor.advance()
            } else if ScalarClass.isASCIILetter(value) || (value >= 0x80 && (ScalarClass.isOtherLetter(value)
                || ScalarClass.isOtherMark(value)))
            {
                hasLetter = true
                letterRun += 1
                if letterRun > 1 { singleLetterParts = false }
                cursor.advance()
            } else if let next = cursor.peek(), joins(value, before: next, hasLetter: hasLetter) {
                if value == 0x2E { dots += 1 }
                letterRun = 0
                cursor.advance()
            } else {
                break
            }
        }
        // An acronym written with dots keeps its final dot: U.S. (not U.S + .).
        if hasLetter, !hasDigit, dots > 0, singleLetterParts, !cursor.atEnd, cursor.value == 0x2E {
            cursor.advance()
        }
        if hasLetter && hasDigit { return .code }
        return hasLetter ? .latin : .number
    }

    /// Whether a separator stays inside a Latin word, number or code.
    @inline(__always)
    private static func joins(_ separator: UInt32, before next: UInt32, hasLetter: Bool) -> Bool {
        let nextIsDigit = ScalarClass.digitValue(next) != nil
        let nextIsLetter = ScalarClass.isASCIILetter(next) || (next >= 0x80 && ScalarClass.isOtherLetter(next))
        switch separator {
        case 0x2D:  // hyphen: UH-60, al-Sadr; but 2019-2020 is two numbers
            return nextIsLetter || (nextIsDigit && hasLetter)
        case 0x2E:  // dot: U.S, 35.7
            return nextIsLetter || nextIsDigit
        case 0x2C, 0x066B, 0x066C:  // thousands and decimal separators: 5,200  ٣٫٥
            return nextIsDigit && !hasLetter
        case 0x27, 0x2019:  // apostrophe: Iraq's
            return nextIsLetter && hasLetter
        default:
            return false
        }
    }

    /// A position in UTF-8 text, counted in bytes and in scalars.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var byte = 0
        var scalar = 0
        var value: UInt32 = 0
        var length = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            load()
        }

        var atEnd: Bool { byte >= bytes.count }

        @inline(__always)
        mutating func load() {
            if byte < bytes.count { (value, length) = decodeScalar(bytes, at: byte) }
        }

        @inline(__always)
        mutating func advance() {
            byte += length
            scalar += 1
            load()
        }

        /// Moves past the Arabic word scalars (`ScalarClass.isArabicWordScalar`) from here on.
        /// Those of the Arabic block (lead bytes D8...DB), nearly all of an Arabic word, are
        /// told by a bit table from their two bytes, without decoding them.
        @inline(__always)
        mutating func advanceOverArabicWord() {
            while byte + 1 < bytes.count, bytes[byte] & 0xFC == 0xD8 {
                guard ArabicBlockSet.wordScalars.contains(ArabicBlockSet.offset(lead: bytes[byte], trail: bytes[byte + 1])) else { break }
                byte += 2
                scalar += 1
            }
            load()
            while !atEnd, ScalarClass.isArabicWordScalar(value) { advance() }
        }

        func peek() -> UInt32? {
            let next = byte + length
            return next < bytes.count ? decodeScalar(bytes, at: next).value : nil
        }
    }
}
