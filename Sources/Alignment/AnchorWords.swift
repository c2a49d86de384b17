import ArabicText

/// Words that every Arabic–English news pair shares whatever the glossary: month and weekday
/// names and small numbers written out, each keyed by what it means (`c:m6` for June,
/// `c:d5` for Friday, `n:3` for three), so that `يونيو`, `حزيران` and `June` meet.
///
/// Arabic words are matching keys; a word is looked up as it stands and without its
/// proclitics (`ويونيو`, `بحزيران`, `الجمعة`).
enum AnchorWords {
    /// Arabic (matching keys) and English words with their anchor keys.
    private static let pairs: [(arabic: [String], english: [String], key: String)] = [
        (["يناير", "كانون الثاني"], ["january"], "c:m1"),
        (["فبراير", "شباط"], ["february"], "c:m2"),
        (["مارس", "اذار"], ["march"], "c:m3"),
        (["ابريل", "افريل", "نيسان"], ["april"], "c:m4"),
        (["مايو", "ايار"], ["may"], "c:m5"),
        (["يونيو", "يونيه", "حزيران"], ["june"], "c:m6"),
        (["يوليو", "يوليه", "تموز"], ["july"], "c:m7"),
        (["اغسطس"], ["august"], "c:m8"),
        (["سبتمبر", "ايلول"], ["september"], "c:m9"),
        (["اكتوبر", "تشرين الاول"], ["october"], "c:m10"),
        (["نوفمبر", "تشرين الثاني"], ["november"], "c:m11"),
        (["ديسمبر", "كانون الاول"], ["december"], "c:m12"),
        (["الاحد"], ["sunday"], "c:d0"),
        (["الاثنين"], ["monday"], "c:d1"),
        (["الثلاثاء"], ["tuesday"], "c:d2"),
        (["الاربعاء"], ["wednesday"], "c:d3"),
        (["الخميس"], ["thursday"], "c:d4"),
        (["الجمعه"], ["friday"], "c:d5"),
        (["السبت"], ["saturday"], "c:d6"),
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
