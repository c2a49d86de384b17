import ArabicText

extension AnchorExtractor {
    /// The anchor of a number key; small whole numbers are a kind of their own.
    static func numberID(_ key: String, in anchors: inout DocumentAnchors) -> Int32? {
        guard !key.isEmpty else { return nil }
        let small = key.utf8.count == 1 || (key.utf8.count == 2 && (Int(key) ?? 100) < 13)
        return anchors.id(of: "n:" + key, kind: small ? .smallNumber : .number)
    }

    static func kind(ofWordKey key: String) -> AnchorKind {
        key.hasPrefix("n:") ? .smallNumber : .calendar
    }

    /// Scalars that are not spaces.
    static func letterCount(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !WhitespaceWords.isSpace(scalar) { count += 1 }
        return count
    }

    /// Whether an English line is a headline in title case: four content words or more, and
    /// at least three in four capitalised.
    static func isTitleCase(_ tokens: [Token], _ scalars: [Unicode.Scalar]) -> Bool {
        var words = 0
        var capitalized = 0
        for token in tokens where token.kind == .latin && !EnglishNames.functionWords.contains(token.key) {
            words += 1
            if SentenceMarks.isUppercase(scalars[token.range.lowerBound]) { capitalized += 1 }
        }
        return words >= 4 && capitalized * 4 >= words * 3
    }

    /// An English word without the commonest inflections (`forces` → `forc`, `killed` →
    /// `kill`, `talking` → `talk`): enough for counting which words go together.
    static func englishStem(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        for ending in ["ing", "ed", "es", "s"] where scalars.count > ending.count + 3 && word.hasSuffix(ending) {
            return String(String.UnicodeScalarView(scalars.dropLast(ending.count)))
        }
        return word
    }

    /// A number's key: ASCII digits (Arabic-Indic digits folded, as the matching key already
    /// does), no thousands separators, a point for the decimal separator, leading zeros dropped.
    static func numberKey(_ key: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in key.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: result.append(scalar)
            case 0x0660...0x0669, 0x06F0...0x06F9:
                result.append(Unicode.Scalar(UInt8(truncatingIfNeeded: 0x30 + (scalar.value & 0xF))))
            case 0x2E, 0x066B: result.append(".")
            default: break
            }
        }
        while result.count > 1, result.first == "0", result.dropFirst().first != "." { result.removeFirst() }
        return String(result)
    }

    /// The numbers inside a code: `covid-19` → `19`, `2.8bn` → `2.8`.
    static func numbers(inCode key: String) -> [String] {
        var numbers: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(key.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if ("0"..."9").contains(scalar) {
                current.append(scalar)
            } else if scalar == ".", !current.isEmpty, index + 1 < scalars.count, ("0"..."9").contains(scalars[index + 1]) {
                current.append(scalar)
            } else if !current.isEmpty {
                numbers.append(numberKey(String(current)))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { numbers.append(numberKey(String(current))) }
        return numbers
    }

    /// A Latin word's key without a possessive `'s` or final dot (`Iraq's` → `iraq`).
    static func latinKey(_ key: String) -> String {
        var key = key
        if key.hasSuffix("'s") || key.hasSuffix("\u{2019}s") { key.removeLast(2) }
        while key.count > 1, key.hasSuffix(".") { key.removeLast() }
        return key
    }
}
