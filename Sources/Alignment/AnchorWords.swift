import ArabicText

/// Words that every Arabic–English news pair shares whatever the glossary: month and weekday
/// names and small numbers written out, each keyed by what it means (`c:m6` for June,
/// `c:d5` for Friday, `n:3` for three), so that `يونيو`, `حزيران` and `June` meet.
///
/// Arabic words are matching keys; a word is looked up as it stands and without its
/// proclitics (`ويونيو`, `بحزيران`, `الجمعة`).
enum AnchorWords {
    /// Arabic (matching keys) and English words with their anchor keys.
    private static let pairs: [(arabic: [String], english: [String], key: String)] = calendar + [
        (["اثنان", "اثنتان", "اثنتين"], ["two"], "n:2"),
        (["ثلاث", "ثلاثه"], ["three"], "n:3"),
        (["اربع", "اربعه"], ["four"], "n:4"),
        (["خمس", "خمسه"], ["five"], "n:5"),
        (["ست", "سته"], ["six"], "n:6"),
        (["سبع", "سبعه"], ["seven"], "n:7"),
        (["ثماني", "ثمانيه"], ["eight"], "n:8"),
        (["تسع", "تسعه"], ["nine"], "n:9"),
        (["عشر", "عشره"], ["ten"], "n:10"),
    ]

    /// Month and weekday names, from the date parser's tables (one list of Arabic month names in
    /// the project). `اب` (August in the Levant) is left out: as a word it is far more often
    /// `أب`, father.
    private static let calendar: [(arabic: [String], english: [String], key: String)] = {
        let englishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"]
        let englishDays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        let months = (1...12).map { month in
            (arabic: ArabicDateParser.months.filter { $0.value == month && $0.key != "اب" }.map(\.key).sorted(),
             english: [englishMonths[month - 1]], key: "c:m\(month)")
        }
        let days = (0...6).map { day in
            (arabic: ArabicDateParser.weekdays.filter { $0.value == day }.map(\.key), english: [englishDays[day]],
             key: "c:d\(day)")
        }
        return months + days
    }()

    /// Arabic one-word forms by matching key.
    static let arabicWords: [String: String] = {
        var table: [String: String] = [:]
        for pair in pairs { for word in pair.arabic where !word.contains(" ") { table[word] = pair.key } }
        return table
    }()

    /// Arabic two-word forms (Levantine months) by their first word, then second.
    static let arabicBigrams: [String: [String: String]] = {
        var table: [String: [String: String]] = [:]
        for pair in pairs {
            for form in pair.arabic where form.contains(" ") {
                let words = form.split(separator: " ").map(String.init)
                guard words.count == 2 else { continue }
                table[words[0], default: [:]][words[1]] = pair.key
            }
        }
        return table
    }()

    /// English forms (lowercase) with their keys.
    static let englishWords: [String: String] = {
        var table: [String: String] = [:]
        for pair in pairs { for word in pair.english { table[word] = pair.key } }
        return table
    }()

    /// The anchor key of an Arabic word (a matching key), trying it without a conjunction or
    /// preposition and without the article (`وبحزيران`, `الثلاثة`).
    ///
    /// Weekdays are keyed with their article: without it, `احد` is "one of", not Sunday, and
    /// `اثنين` is "two".
    static func arabicKey(_ word: String) -> String? {
        if let key = arabicWords[word] { return key }
        var scalars = Substring(word).unicodeScalars[...]
        for _ in 0..<2 {
            guard let first = scalars.first, "وفبلك".unicodeScalars.contains(first), scalars.count > 3 else { break }
            scalars = scalars.dropFirst()
            let stripped = String(String.UnicodeScalarView(scalars))
            if let key = arabicWords[stripped] { return key }
            if stripped.hasPrefix("ال"), let key = arabicWords[String(stripped.dropFirst(2))], !key.hasPrefix("c:d") {
                return key
            }
        }
        if word.hasPrefix("ال"), let key = arabicWords[String(word.dropFirst(2))], !key.hasPrefix("c:d") { return key }
        return nil
    }
}
