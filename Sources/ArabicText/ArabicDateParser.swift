/// A date found in Arabic text.
public struct ArabicDate: Sendable, Hashable {
    public let date: CalendarDate
    /// The weekday named before the date (0 = Sunday), if any.
    public let weekday: Int?
    /// Unicode scalar offsets of the whole expression in the text.
    public let range: Range<Int>

    /// False when a named weekday contradicts the date (a common slip in news copy).
    public var weekdayIsConsistent: Bool { weekday.map { $0 == date.weekday } ?? true }
}

/// Finds dates written as Arabic news writes them.
///
/// ```swift
/// ArabicDateParser().dates(in: "الثلاثاء 7 يناير/ كانون الثاني 2020").first?.date   // 2020-01-07
/// ```
///
/// Understands both month systems (`يناير` ... and `كانون الثاني` ...), both together
/// (`7 يناير/ كانون الثاني 2020`), `من` and `عام`/`سنة` (`الـ10 من نيسان عام 2020`), weekday
/// names, Arabic-Indic digits, and numeric `2020-01-07` and `7/1/2020` (day first). Impossible
/// dates (`31 فبراير 2020`) are not dates.
///
/// - Complexity: O(n) in the length of the text.
public struct ArabicDateParser: Sendable {
    public init() {}

    /// Month numbers by matching-key name; Levantine names of two words are keyed with a space.
    public static let months: [String: Int] = [
        "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "افريل": 4, "مايو": 5, "ماي": 5,
        "يونيو": 6, "يونيه": 6, "جوان": 6, "يوليو": 7, "يوليه": 7, "جويليه": 7, "اغسطس": 8,
        "اوت": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
        "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
        "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    ]
    /// Weekday numbers (Sunday 0) by matching-key name.
    public static let weekdays: [String: Int] = [
        "الاحد": 0, "الاثنين": 1, "الثلاثاء": 2, "الاربعاء": 3, "الخميس": 4, "الجمعه": 5, "السبت": 6,
    ]
    /// Words that may stand between the month and the year, or the day and the month.
    static let fillers: Set<String> = ["عام", "سنه", "لعام", "لسنه", "من", "العام"]

    /// Every date in `text`, in order.
    public func dates(in text: String) -> [ArabicDate] {
        // Punctuation between the parts (`/`, `،`, `-`) is skipped, so keep only what counts.
        let tokens = Tokenizer().tokens(in: text)
        var found: [ArabicDate] = []
        var index = 0
        while index < tokens.count {
            if let (date, end) = match(tokens, at: index) {
                found.append(date)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    /// The first date in `text`, if any.
    public func firstDate(in text: String) -> ArabicDate? {
        dates(in: text).first
    }

    private func match(_ tokens: [Token], at start: Int) -> (ArabicDate, Int)? {
        var index = start
        var weekday: Int? = nil
        if let day = weekdayNumber(tokens[index]) {
            weekday = day
            index += 1
            if index < tokens.count, tokens[index].key == "\u{060C}" || tokens[index].key == "," { index += 1 }
        }
        guard index < tokens.count else { return nil }
        if let numeric = matchNumeric(tokens, at: index) {
            return (ArabicDate(date: numeric.date, weekday: weekday,
                               range: tokens[start].range.lowerBound..<tokens[numeric.end - 1].range.upperBound),
                    numeric.end)
        }
        guard let day = number(tokens[index]), (1...31).contains(day) else { return nil }
        index = skip(fillers: tokens, from: index + 1)
        guard let (month, afterMonth) = monthName(tokens, at: index) else { return nil }
        index = afterMonth
        // A second name in the other month system: `يناير/ كانون الثاني`.
        if index < tokens.count, tokens[index].key == "/" || tokens[index].key == "-" {
            if let (_, afterSecond) = monthName(tokens, at: index + 1) { index = afterSecond }
        }
        index = skip(fillers: tokens, from: index)
        guard index < tokens.count, let year = number(tokens[index]), (1000...2999).contains(year),
            let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        let range = tokens[start].range.lowerBound..<tokens[index].range.upperBound
        return (ArabicDate(date: date, weekday: weekday, range: range), index + 1)
    }

    /// `2020-01-07` or `7/1/2020`.
    private func matchNumeric(_ tokens: [Token], at index: Int) -> (date: CalendarDate, end: Int)? {
        guard index + 4 < tokens.count else { return nil }
        let separator = tokens[index + 1].key
        guard separator == "-" || separator == "/", tokens[index + 3].key == separator,
            let first = number(tokens[index]), let second = number(tokens[index + 2]),
            let third = number(tokens[index + 4])
        else { return nil }
        let date: CalendarDate?
        if separator == "-", tokens[index].key.count == 4 {
            date = CalendarDate(year: first, month: second, day: third)
        } else if tokens[index + 4].key.count == 4 {
            date = CalendarDate(year: third, month: second, day: first)
        } else {
            date = nil
        }
        return date.map { ($0, index + 5) }
    }

    private func monthName(_ tokens: [Token], at index: Int) -> (Int, Int)? {
        guard index < tokens.count, tokens[index].kind == .arabic else { return nil }
        if index + 1 < tokens.count, let month = Self.months[tokens[index].key + " " + tokens[index + 1].key] {
            return (month, index + 2)
        }
        if let month = Self.months[tokens[index].key] { return (month, index + 1) }
        // With a clitic: `لشهر`-less forms like `بيناير`, `ليناير`.
        for analysis in CliticAnalyzer(options: .proclitics).analyses(of: tokens[index].key).dropFirst() {
            if let month = Self.months[analysis.stem], analysis.stem != "اب" { return (month, index + 1) }
        }
        return nil
    }

    private func weekdayNumber(_ token: Token) -> Int? {
        guard token.kind == .arabic else { return nil }
        if let day = Self.weekdays[token.key] { return day }
        for analysis in CliticAnalyzer(options: .proclitics).analyses(of: token.key) where analysis.hasArticle {
            if let day = Self.weekdays["ال" + analysis.stem] { return day }
        }
        return nil
    }

    private func skip(fillers tokens: [Token], from index: Int) -> Int {
        var index = index
        while index < tokens.count, Self.fillers.contains(tokens[index].key) || tokens[index].key == "\u{060C}" {
            index += 1
        }
        return index
    }

    /// The value of a number token, ignoring a glued proclitic (`الـ10`, `ب2020`).
    private func number(_ token: Token) -> Int? {
        guard token.kind == .number else { return nil }
        let digits = token.key.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }
        guard !digits.isEmpty, digits.count <= 4,
            token.key.unicodeScalars.allSatisfy({ ($0.value >= 0x30 && $0.value <= 0x39) || ScalarClass.isArabicLetter($0.value) })
        else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: digits)
        return Int(String(view))
    }
}
