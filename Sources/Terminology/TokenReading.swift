import ArabicText

/// What a reading of a word removed from around its stem, which decides where in a term the
/// word may stand and what kind of match it makes.
struct Affixes: Hashable, Sendable {
    /// What was removed from the end of the word.
    enum Ending: UInt8, Sendable {
        case none
        /// The alef of tanween (`انسحاباً` → `انسحاب`): allowed on any word of a term.
        case tanween
        /// An enclitic pronoun (`حكومتها` → `حكومة`): allowed on the last word only.
        case pronoun
    }

    /// Whether proclitics (`و ف ب ك ل`) were removed: allowed on the first word only.
    var hasProclitics: Bool
    /// Whether the stem carried the article (`ال`, or the `ل` of `لل`).
    var hasArticle: Bool
    var ending: Ending

    /// Whether the word is read as it stands.
    var isWholeWord: Bool { !hasProclitics && ending == .none }

    init(hasProclitics: Bool, hasArticle: Bool, ending: Ending) {
        self.hasProclitics = hasProclitics
        self.hasArticle = hasArticle
        self.ending = ending
    }

    /// The affixes in four bits, for `WordMemory`'s records.
    var packed: UInt8 { (hasProclitics ? 1 : 0) | (hasArticle ? 2 : 0) | ending.rawValue << 2 }

    init(packed: UInt8) {
        self.init(hasProclitics: packed & 1 != 0, hasArticle: packed & 2 != 0, ending: Ending(rawValue: packed >> 2) ?? .none)
    }
}

/// One way to read a word of a sentence against the glossary: where its stem lies in the
/// word's matching key and what was removed from around it.
struct TokenReading: Sendable {
    /// The stem's bytes in the key: a matching key without proclitics, article or ending.
    var stem: Range<Int>
    /// Whether the stem's last letter, `ت` in the key, is read as `ه` (a taa marbuta before a
    /// pronoun: `حكومتها` → `حكومه`).
    var restoresTaaMarbuta: Bool
    /// The stem's length in Unicode scalars.
    var stemLength: Int
    var affixes: Affixes
}

/// The readings of words and of glossary forms, shared by the compiler and the matcher so
/// both sides of a comparison are cut the same way.
enum TokenReadings {
    /// Enclitic pronouns a term's last word may carry, as UTF-8 bytes packed into an integer.
    /// Not `ي` or `ك`: in news copy a word ending in `ي` is far more often a nisba adjective
    /// (`إيراني`) than "my Iran".
    static let pronouns: [UInt64] = ["ه", "ها", "هم", "هما", "هن", "كم", "كن", "نا"].map { packed($0) }
    /// `ه` and `ا` packed (see `packed(_:)`): 1 above the two UTF-8 bytes.
    static let haa: UInt64 = 0x1_D987
    static let tanweenAlef: UInt64 = 0x1_D8A7

    private static let analyzer = CliticAnalyzer()

    /// Calls `body` with every reading of a sentence token's matching key, the word as it
    /// stands first. `endsInTaaMarbuta` says the original word ends in `ة`, which the key
    /// writes `ه`: its final `ه` is then no pronoun (`آمنة` is a name, not `أمن` + `ه`).
    /// `cuts` is a buffer reused from word to word.
    ///
    /// - Complexity: O(n + k) for a key of n bytes and k ≤ 48 analyses; no allocation for
    ///   Arabic words once `cuts` has grown.
    @inline(__always)
    static func forEachReading(
        of key: UnsafeBufferPointer<UInt8>, kind: Token.Kind, endsInTaaMarbuta: Bool, cuts: inout [CliticCut],
        _ body: (TokenReading) -> Void
    ) {
        switch kind {
        case .arabic:
            cuts.removeAll(keepingCapacity: true)
            analyzer.cuts(ofKey: key, into: &cuts)
            let pronouns = Self.pronouns
            for cut in cuts {
                let suffix = packed(UnsafeBufferPointer(rebasing: key[cut.stemEnd...]))
                let ending: Affixes.Ending
                if cut.stemEnd == key.count {
                    ending = .none
                } else if suffix == tanweenAlef {
                    ending = .tanween
                } else if pronouns.contains(suffix), !(endsInTaaMarbuta && suffix == haa) {
                    ending = .pronoun
                } else {
                    continue
                }
                // The article never stands with a pronoun or tanween on the same word.
                if cut.hasArticle && ending != .none { continue }
                body(TokenReading(
                    stem: cut.stemStart..<cut.stemEnd, restoresTaaMarbuta: cut.restoresTaaMarbuta,
                    stemLength: cut.stemLength,
                    affixes: Affixes(hasProclitics: cut.prefixEnd > 0, hasArticle: cut.hasArticle, ending: ending)))
            }
        case .latin, .code, .number:
            let whole = Affixes(hasProclitics: false, hasArticle: false, ending: .none)
            body(TokenReading(
                stem: 0..<key.count, restoresTaaMarbuta: false, stemLength: scalarCount(key), affixes: whole))
            // An Arabic proclitic glued to a code or name: وAH-64, لCNN.
            guard let first = key.first, first >= 0x80 else { return }
            let scalars = Array(String(decoding: key, as: UTF8.self).unicodeScalars)
            let arabic = scalars.prefix { $0.value >= 0x0621 && $0.value <= 0x064A }.count
            if arabic > 0, arabic < scalars.count, CliticAnalyzer.isProcliticSequence(scalars[..<arabic]) {
                // Letters U+0621...U+064A take two bytes each.
                let article = scalars[..<arabic].suffix(2).elementsEqual(["ا", "ل"] as [Unicode.Scalar])
                body(TokenReading(
                    stem: (2 * arabic)..<key.count, restoresTaaMarbuta: false, stemLength: scalars.count - arabic,
                    affixes: Affixes(hasProclitics: true, hasArticle: article, ending: .none)))
            }
        case .punctuation:
            body(TokenReading(
                stem: 0..<key.count, restoresTaaMarbuta: false, stemLength: scalarCount(key),
                affixes: Affixes(hasProclitics: false, hasArticle: false, ending: .none)))
        }
    }

    /// How a word of a glossary form is stored: without its article, so that the definite
    /// and the indefinite form meet (`التحالف` and `تحالف` are both stored as `تحالف`).
    /// Returns the stem's bytes in the key.
    static func termWord(_ key: UnsafeBufferPointer<UInt8>, kind: Token.Kind) -> (stem: Range<Int>, hasArticle: Bool) {
        // ا and ل take two bytes each; the stem keeps at least two letters.
        if kind == .arabic, key.count >= 8, key[0] == 0xD8, key[1] == 0xA7, key[2] == 0xD9, key[3] == 0x84,
            scalarCount(key) >= 4
        {
            return (4..<key.count, true)
        }
        return (0..<key.count, false)
    }

    /// The scalar that starts at `index` in valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        var value = UInt32(lead)
        var length = 1
        if lead >= 0xF0 {
            (value, length) = (UInt32(lead & 0x07), 4)
        } else if lead >= 0xE0 {
            (value, length) = (UInt32(lead & 0x0F), 3)
        } else if lead >= 0xC0 {
            (value, length) = (UInt32(lead & 0x1F), 2)
        }
        for next in 1..<length { value = value << 6 | UInt32(bytes[index + next] & 0x3F) }
        return (value, length)
    }

    /// The number of Unicode scalars in valid UTF-8.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Up to eight bytes packed into an integer (with a length marker), to compare short
    /// suffixes at a glance; 0 for anything longer.
    @inline(__always)
    static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard bytes.count < 8 else { return 0 }
        var value: UInt64 = 1
        for byte in bytes { value = value << 8 | UInt64(byte) }
        return value
    }

    static func packed(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { packed($0) }
    }
}
