/// Guessing the language of the texts under evaluation, for `dragoman eval`'s `--language` default.
extension RougeRecipe {
    /// Arabic when more than half the letters of `texts` are Arabic letters, else English
    /// (also when there are no letters at all). Digits, marks and punctuation do not count.
    ///
    /// ```swift
    /// RougeRecipe.detectLanguage(of: ["قالت وكالة Reuters إن الاجتماع انتهى"])   // .arabic
    /// RougeRecipe.detectLanguage(of: ["The talks in بغداد resumed on Monday"])    // .english
    /// ```
    ///
    /// - Complexity: O(n) in the total length of the texts.
    public static func detectLanguage(of texts: [String]) -> Language {
        var arabic = 0
        var letters = 0
        for text in texts {
            for scalar in text.unicodeScalars where isLetter(scalar) {
                letters += 1
                if isArabicScript(scalar.value) { arabic += 1 }
            }
        }
        return arabic * 2 > letters ? .arabic : .english
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }

    /// The Arabic blocks, their supplements and presentation forms.
    private static func isArabicScript(_ value: UInt32) -> Bool {
        switch value {
        case 0x0600...0x06FF, 0x0750...0x077F, 0x0870...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: true
        default: false
        }
    }
}
