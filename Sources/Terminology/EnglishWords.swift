/// English words folded so that plural and possessive do not hide a term: `coalition's`,
/// `coalitions` and `Coalition` all read `coalition`; `militias` reads `militia`,
/// `countries` reads `country`.
///
/// ```swift
/// EnglishWords.folded("the Coalition's forces")   // ["the", "coalition", "force"]
/// ```
///
/// - Complexity: O(n) in the length of the text.
public enum EnglishWords {
    public static func folded(_ text: String) -> [String] {
        let scalars = Array(text.lowercased().unicodeScalars)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.append(scalar)
                index += 1
                continue
            }
            if !current.isEmpty { words.append(fold(String(current))) }
            current = String.UnicodeScalarView()
            // The possessive 's: skip the s so "iraq's" reads "iraq".
            if scalar == "'" || scalar == "\u{2019}", index + 1 < scalars.count, scalars[index + 1] == "s",
                index + 2 >= scalars.count || !scalars[index + 2].properties.isAlphabetic
            {
                index += 2
                continue
            }
            index += 1
        }
        if !current.isEmpty { words.append(fold(String(current))) }
        return words
    }

    /// The singular of a plural word (a light rule, not a dictionary).
    static func fold(_ word: String) -> String {
        guard word.count > 3 else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        for ending in ["sses", "shes", "ches", "xes", "zes"] where word.hasSuffix(ending) {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }

    /// Whether `phrase` occurs in `words` as consecutive words (both already folded).
    static func contains(_ words: [String], phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if words[start..<(start + phrase.count)].elementsEqual(phrase) { return true }
        }
        return false
    }
}
