import ArabicText

/// One way to read a word of a sentence against the glossary: the stem to look up and what was
/// removed from around it.
struct TokenReading: Hashable, Sendable {
    /// What was removed from the end of the word.
    enum Ending: UInt8, Sendable {
        case none
        /// The alef of tanween (`انسحاباً` → `انسحاب`): allowed on any word of a term.
        case tanween
        /// An enclitic pronoun (`حكومتها` → `حكومة`): allowed on the last word only.
        case pronoun
    }

    /// The stem, a matching key without proclitics, article or ending.
    var stem: String
    /// Whether proclitics (`و ف ب ك ل`) were removed: allowed on the first word only.
    var hasProclitics: Bool
    /// Whether the stem carried the article (`ال`, or the `ل` of `لل`).
    var hasArticle: Bool
    var ending: Ending

    /// Whether the word is read as it stands.
    var isWholeWord: Bool { !hasProclitics && ending == .none }
}

/// The readings of words and of glossary forms, shared by the compiler and the matcher so
/// both sides of a comparison are cut the same way.
enum TokenReadings {
    /// Enclitic pronouns a term's last word may carry. Not `ي` or `ك`: in news copy a word
    /// ending in `ي` is far more often a nisba adjective (`إيراني`) than "my Iran".
    static let pronouns: Set<String> = ["ه", "ها", "هم", "هما", "هن", "كم", "كن", "نا"]

    private static let analyzer = CliticAnalyzer()

    /// Every reading of a sentence token, the word as it stands first. `endsInTaaMarbuta`
    /// says the original word ends in `ة`, which the matching key writes `ه`: its final `ه`
    /// is then no pronoun (`آمنة` is a name, not `أمن` + `ه`).
    ///
    /// - Complexity: O(k·n) for a word of n scalars and k ≤ 48 analyses.
    static func readings(of token: Token, endsInTaaMarbuta: Bool = false) -> [TokenReading] {
        switch token.kind {
        case .arabic:
            var readings: [TokenReading] = []
            for analysis in analyzer.analyses(of: token.key) {
                let ending: TokenReading.Ending
                if analysis.suffix.isEmpty {
                    ending = .none
                } else if analysis.suffix == "ا" {
                    ending = .tanween
                } else if pronouns.contains(analysis.suffix), !(endsInTaaMarbuta && analysis.suffix == "ه") {
                    ending = .pronoun
                } else {
                    continue
                }
                // The article never stands with a pronoun or tanween on the same word.
                if analysis.hasArticle && ending != .none { continue }
                readings.append(TokenReading(
                    stem: analysis.stem, hasProclitics: !analysis.prefix.isEmpty,
                    hasArticle: analysis.hasArticle, ending: ending))
            }
            return readings
        case .latin, .code, .number:
            var readings = [TokenReading(stem: token.key, hasProclitics: false, hasArticle: false, ending: .none)]
            // An Arabic proclitic glued to a code or name: وAH-64, لCNN.
            let scalars = Array(token.key.unicodeScalars)
            let arabic = scalars.prefix { $0.value >= 0x0621 && $0.value <= 0x064A }.count
            if arabic > 0, arabic < scalars.count, CliticAnalyzer.isProcliticSequence(scalars[..<arabic]) {
                let rest = String(String.UnicodeScalarView(scalars[arabic...]))
                let article = scalars[..<arabic].suffix(2).elementsEqual(["ا", "ل"] as [Unicode.Scalar])
                readings.append(TokenReading(stem: rest, hasProclitics: true, hasArticle: article, ending: .none))
            }
            return readings
        case .punctuation:
            return [TokenReading(stem: token.key, hasProclitics: false, hasArticle: false, ending: .none)]
        }
    }

    /// How a word of a glossary form is stored: without its article, so that the definite
    /// and the indefinite form meet (`التحالف` and `تحالف` are both stored as `تحالف`).
    static func termWord(_ token: Token) -> (stem: String, hasArticle: Bool) {
        guard token.kind == .arabic else { return (token.key, false) }
        let scalars = Array(token.key.unicodeScalars)
        if scalars.count >= 4, scalars[0] == "ا", scalars[1] == "ل" {
            return (String(String.UnicodeScalarView(scalars[2...])), true)
        }
        return (token.key, false)
    }

    /// The tokens that take part in matching: a hyphen glued between two words is dropped,
    /// so `المنطقة-الخضراء` reads as `المنطقة الخضراء`.
    static func matchingTokens(_ tokens: [Token]) -> [Token] {
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            if token.kind == .punctuation, hyphens.contains(token.key), index > 0, index + 1 < tokens.count,
                tokens[index - 1].isWord, tokens[index + 1].isWord,
                tokens[index - 1].range.upperBound == token.range.lowerBound,
                token.range.upperBound == tokens[index + 1].range.lowerBound
            {
                continue
            }
            kept.append(token)
        }
        return kept
    }

    static let hyphens: Set<String> = ["-", "\u{2010}", "\u{2011}"]

    /// Whether the word at `range` of `text` ends in `ة` (diacritics after it aside).
    static func endsInTaaMarbuta(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var index = range.upperBound - 1
        while index >= range.lowerBound {
            let value = text[index].value
            if (0x064B...0x065F).contains(value) || value == 0x0670 || value == 0x0640 {
                index -= 1
                continue
            }
            return value == 0x0629
        }
        return false
    }
}
