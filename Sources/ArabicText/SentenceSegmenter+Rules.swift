/// The corrections applied on top of ICU's sentence breaks.
extension SentenceSegmenter {
    static let fullStop: Unicode.Scalar = "."
    /// Marks that close a quotation or parenthesis and stay with the sentence before a break:
    /// `" ' ” ’ » ″ ) ] ›`.
    @inline(__always)
    static func isCloser(_ value: UInt32) -> Bool {
        switch value {
        case 0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x2033, 0x29, 0x5D, 0x203A: return true
        default: return false
        }
    }

    /// Initials and abbreviations after which a full stop does not end a sentence, as
    /// matching keys: Arabic spellings of Latin letters (`إتش` H, `إف` F, `جي` G, ...), the
    /// single-letter titles (`د.` doctor, `م.` engineer, `أ.` professor) and Latin titles.
    static let abbreviations: Set<String> = [
        // Latin letters as Arabic news spells them in names (matching keys: alef unified).
        "اتش", "ايتش", "اف", "جي", "جيه", "ام", "اس", "دبليو", "بي", "سي", "دي", "اي", "ايه",
        "كيه", "كي", "ال", "ان", "او", "ار", "تي", "يو", "في", "اكس", "واي", "زد", "كيو", "جاي",
        // Titles and common abbreviations.
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "capt", "maj", "sgt",
        "rep", "sen", "gov", "no", "vs", "mt", "ft", "inc", "ltd", "co", "corp",
    ]

    /// The most letters an entry of `abbreviations` has.
    static let longestAbbreviation = abbreviations.map { $0.unicodeScalars.count }.max() ?? 0

    /// Marks that end a sentence when glued to the next word (`.` `!` `?` `؟` `۔`).
    @inline(__always)
    static func isTerminator(_ value: UInt32) -> Bool {
        value == 0x2E || value == 0x21 || value == 0x3F || value == 0x061F || value == 0x06D4
    }

    /// Marks that open a quotation or parenthesis kept whole when short: `“ « ( ‹` (the straight
    /// quote `"` both opens and closes).
    @inline(__always)
    static func isOpener(_ value: UInt32) -> Bool {
        value == 0x201C || value == 0xAB || value == 0x28 || value == 0x2039
    }

    /// The scalars the rules below look at: line breaks, stops (`isTerminator`), the ellipsis,
    /// quotes, parentheses and brackets (`isCloser`, `isOpener`). Their positions are
    /// gathered while the text is decoded, and the rules walk them rather than every scalar of
    /// the text, which is nearly all letters and spaces.
    @inline(__always)
    static func isRuleMark(_ value: UInt32) -> Bool {
        if value < 0x80 {
            // 0A 0D 21 22 27 28 29 2E 3F, and 5D.
            let word: UInt64 = value < 64 ? 0x8000_4386_0000_2400 : 0x0000_0000_2000_0000
            return word >> UInt64(value & 63) & 1 == 1
        }
        if value &- 0x0600 < 0x100 { return value == 0x061F || value == 0x06D4 }
        switch value {
        case 0x85, 0xAB, 0xBB, 0x2019, 0x201C, 0x201D, 0x2026, 0x2028, 0x2029, 0x2033, 0x2039, 0x203A: return true
        default: return false
        }
    }

    /// A stop glued to an Arabic word ends the sentence: `المنطقة.قائد`.
    func addGluedStopBreaks(_ scalars: [Unicode.Scalar], marks: [Int32], _ breaks: inout [Bool]) {
        for mark in marks {
            let index = Int(mark)
            guard index >= 1, index < scalars.count - 1, Self.isTerminator(scalars[index].value) else { continue }
            let before = scalars[index - 1].value
            let after = scalars[index + 1].value
            let beforeIsWordEnd = ScalarClass.isArabicWordScalar(before) || Self.isCloser(before)
            if beforeIsWordEnd && ScalarClass.isArabicLetter(after) { breaks[index + 1] = true }
        }
    }

    /// A closing quote right after a stop belongs to the sentence it closes: `... القادمة″.`
    /// and `... القادمة.″` both end after the quote.
    func moveBreaksPastClosingQuotes(_ scalars: [Unicode.Scalar], marks: [Int32], _ breaks: inout [Bool]) {
        // Positions after a stop or an ellipsis (both marks), in order; a break moved to `end`
        // is not looked at again, nor is any position up to it.
        var first = 1
        for mark in marks {
            let position = Int(mark) + 1
            guard position >= first, position < scalars.count else { continue }
            first = position + 1
            guard breaks[position], Self.isTerminator(scalars[position - 1].value) || scalars[position - 1] == "\u{2026}"
            else { continue }
            var end = position
            while end < scalars.count, Self.isCloser(scalars[end].value) { end += 1 }
            // Then a stop after the quote (`".`) still belongs to it.
            while end < scalars.count, Self.isTerminator(scalars[end].value) { end += 1 }
            // A straight quote glued to the next word opens that sentence: `."وقال`.
            let opensNext = scalars[position] == "\"" && end < scalars.count
                && ScalarClass.isArabicLetter(scalars[end].value)
            if end > position, !opensNext {
                breaks[position] = false
                breaks[end] = true
                first = end + 1
            }
        }
    }

    /// No break inside a short quotation or parenthesis that opens and closes on one line.
    func removeBreaksInsideQuotations(_ scalars: [Unicode.Scalar], lines: [Range<Int>], marks: [Int32], _ breaks: inout [Bool]) {
        var next = 0  // the first mark not yet looked at
        for line in lines {
            var openStraight: Int? = nil
            var stack: [(opener: Unicode.Scalar, position: Int)] = []
            while next < marks.count, Int(marks[next]) < line.lowerBound { next += 1 }
            while next < marks.count, Int(marks[next]) < line.upperBound {
                let index = Int(marks[next])
                next += 1
                let scalar = scalars[index]
                switch scalar {
                case "\"":
                    if let open = openStraight {
                        clear(&breaks, from: open + 1, to: index)
                        openStraight = nil
                    } else {
                        openStraight = index
                    }
                case _ where Self.isOpener(scalar.value):
                    stack.append((scalar, index))
                case "\u{201D}", "\u{00BB}", ")", "\u{203A}":
                    let opener: Unicode.Scalar =
                        scalar == ")" ? "(" : scalar == "\u{00BB}" ? "\u{00AB}" : scalar == "\u{203A}" ? "\u{2039}" : "\u{201C}"
                    if let match = stack.lastIndex(where: { $0.opener == opener }) {
                        clear(&breaks, from: stack[match].position + 1, to: index)
                        stack.removeSubrange(match...)
                    }
                default:
                    break
                }
            }
        }
    }

    private func clear(_ breaks: inout [Bool], from lower: Int, to upper: Int) {
        guard upper - lower <= longestKeptQuotation, lower < upper else { return }
        for position in lower...upper { breaks[position] = false }
    }

    /// No break after an initial or an abbreviation (`وليام إتش.`, `د.`, `U.S.`), including
    /// when the line ends there and the sentence goes on on the next line.
    func removeBreaksAfterAbbreviations(_ scalars: [Unicode.Scalar], _ breaks: inout [Bool]) {
        // What each short word before a stop is, by its scalars: a text ends many sentences on
        // the same few words.
        var shapes: [ShortWord: WordShape] = [:]
        for position in 1..<scalars.count where breaks[position] {
            // Walk back over white space to the mark before the break.
            var stop = position - 1
            var newlines = 0
            while stop > 0, ScalarClass.isSpace(scalars[stop].value) {
                if ScalarClass.isLineBreak(scalars[stop].value) { newlines += 1 }
                stop -= 1
            }
            guard scalars[stop] == Self.fullStop, isAbbreviation(endingAt: stop, in: scalars, shapes: &shapes) else { continue }
            // And forward: the sentence goes on unless a blank line or the text's end follows.
            var next = position
            while next < scalars.count, ScalarClass.isSpace(scalars[next].value) {
                if ScalarClass.isLineBreak(scalars[next].value) { newlines += 1 }
                next += 1
            }
            if next < scalars.count, newlines <= 1, !Self.isCloser(scalars[next].value) {
                breaks[position] = false
            }
        }
    }

    /// What a word before a full stop is, from its letters alone.
    enum WordShape {
        /// A word: the stop after it may end a sentence.
        case word
        /// One letter: an initial, unless it marks an era after a year (`2020 م.`).
        case letter
        /// An abbreviation or a dotted acronym: the stop after it does not end a sentence.
        case abbreviation
    }

    /// Up to seven scalars below U+10000, packed 16 bits each with the count in the last 16: a
    /// short word as a dictionary key.
    struct ShortWord: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        init?(_ scalars: ArraySlice<Unicode.Scalar>) {
            guard scalars.count <= 7 else { return nil }
            for (offset, scalar) in scalars.enumerated() {
                guard scalar.value < 0x10000 else { return nil }
                if offset < 4 {
                    low |= UInt64(scalar.value) << (16 * UInt64(offset))
                } else {
                    high |= UInt64(scalar.value) << (16 * UInt64(offset - 4))
                }
            }
            // The count, so that a word and the same word with U+0000 after it differ.
            high |= UInt64(scalars.count) << 48
        }
    }

    /// Whether the word before the full stop at `stop` is an initial or abbreviation; `shapes`
    /// remembers the shape of each short word met.
    func isAbbreviation(endingAt stop: Int, in scalars: [Unicode.Scalar], shapes: inout [ShortWord: WordShape]) -> Bool {
        var start = stop
        while start > 0 {
            let value = scalars[start - 1].value
            guard ScalarClass.isArabicWordScalar(value) || ScalarClass.isOtherLetter(value) || value == 0x2E else { break }
            start -= 1
        }
        guard start < stop else { return false }
        // Most words before a stop are long words (`العزم` or `العزم.` of `العزم..`): no
        // abbreviation, and no need to build their key. Normalising drops diacritics and
        // tatweel and never merges letters, so the letters counted here are at most the key's.
        var letterCount = 0
        var longestDotted = 0
        var hasDot = false
        for value in scalars[start..<stop].lazy.map(\.value) {
            if value == 0x2E {
                hasDot = true
                letterCount = 0
            } else if !ScalarClass.isDiacritic(value), value != 0x0640 {
                letterCount += 1
                longestDotted = max(longestDotted, letterCount)
            }
        }
        if hasDot ? longestDotted > 1 : letterCount > Self.longestAbbreviation { return false }
        let word = scalars[start..<stop]
        let shape: WordShape
        if let short = ShortWord(word) {
            if let known = shapes[short] {
                shape = known
            } else {
                shape = Self.shape(of: word)
                shapes[short] = shape
            }
        } else {
            shape = Self.shape(of: word)
        }
        switch shape {
        case .word: return false
        case .abbreviation: return true
        case .letter:
            // `2020 م.` and `1441 هـ.` are era marks after a year, and may end a sentence.
            var before = start - 1
            while before >= 0, ScalarClass.isHorizontalSpace(scalars[before].value) { before -= 1 }
            return !(before >= 0 && ScalarClass.digitValue(scalars[before].value) != nil)
        }
    }

    /// The shape of a short word (letters and dots) before a full stop, by its matching key.
    static func shape(of word: ArraySlice<Unicode.Scalar>) -> WordShape {
        // Scalar by scalar: `append(contentsOf:)` of a slice is not specialised, and its first
        // call makes the runtime scan every conformance record of the executable.
        var scalars = String.UnicodeScalarView()
        for scalar in word { scalars.append(scalar) }
        let key = Normalizer.matchingKey.key(String(scalars))
        let letters = key.unicodeScalars.filter { $0 != "." }
        guard !letters.isEmpty else { return .word }  // `..` after a quotation ends it
        if key.contains(".") {
            // Dotted acronyms: U.S, U.N, a.m (the final dot is the one at `stop`).
            return key.split(separator: ".").allSatisfy { $0.unicodeScalars.count == 1 } ? .abbreviation : .word
        }
        if letters.count == 1 { return .letter }
        // Arabic letter names count only as part of a name: a word must come before them.
        return abbreviations.contains(key) ? .abbreviation : .word
    }
}
