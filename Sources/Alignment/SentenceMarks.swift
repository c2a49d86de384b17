import ArabicText

/// The punctuation that gives a sentence its shape, as anchor keys: `m:?` for a question,
/// `m:!`, `m::` for a colon, `m:(` for brackets, `m:"` for quotation marks, and `m:-` for a
/// line with no final stop (a headline).
///
/// ```swift
/// SentenceMarks.keys(in: "هل انتهت الأزمة؟")           // ["m:?"]
/// SentenceMarks.keys(in: "Is the crisis over?")          // ["m:?"]
/// SentenceMarks.keys(in: "Iraq asks US troops to leave")  // ["m:-"]
/// ```
///
/// Single quotation marks count only in English, and only at the start of a word (`'looking`),
/// since `'` and `’` are also apostrophes.
///
/// - Complexity: O(n) in the length of the sentence.
enum SentenceMarks {
    static func keys(in sentence: String) -> [String] {
        var question = false
        var exclamation = false
        var colon = false
        var bracket = false
        var quotation = false
        var last: Unicode.Scalar = " "
        var previousWasStart = true
        for scalar in sentence.unicodeScalars {
            switch scalar {
            case "?", "\u{061F}": question = true
            case "!": exclamation = true
            case ":": colon = true
            case "(", ")", "[", "]": bracket = true
            case "\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{201E}", "\u{2033}": quotation = true
            case "'", "\u{2018}":
                if previousWasStart { quotation = true }
            default: break
            }
            let space = WhitespaceWords.isSpace(scalar)
            if !space { last = scalar }
            previousWasStart = space || scalar == "("
        }
        var keys: [String] = []
        if question { keys.append("m:?") }
        if exclamation { keys.append("m:!") }
        if colon { keys.append("m::") }
        if bracket { keys.append("m:(") }
        if quotation { keys.append("m:\"") }
        if last.properties.isAlphabetic || last.properties.numericType != nil { keys.append("m:-") }
        return keys
    }

    /// Whether a scalar is an upper-case letter, with a fast path for ASCII.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase
    }
}
