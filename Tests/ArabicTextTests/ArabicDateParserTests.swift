import Testing
@testable import ArabicText

@Suite struct ArabicDateParserTests {
    let parser = ArabicDateParser()

    @Test(arguments: [
        ("الثلاثاء 7 يناير/ كانون الثاني 2020", "2020-01-07"),
        ("في الـ10 من نيسان عام 2020، أعلنت", "2020-04-10"),
        ("٧ كانون الثاني ٢٠٢٠", "2020-01-07"),
        ("يوم 5 أيار 2023", "2023-05-05"),
        ("في 3 تشرين الأول 2019", "2019-10-03"),
        ("29 فبراير 2020", "2020-02-29"),
        ("صدر في 2024-03-10 بيان", "2024-03-10"),
        ("صدر في 10/3/2024 بيان", "2024-03-10"),
        ("١٢ مارس/ آذار ٢٠٢٣", "2023-03-12"),
    ])
    func readsDates(_ text: String, _ expected: String) {
        #expect(parser.firstDate(in: text)?.date.description == expected)
    }

    @Test(arguments: ["31 فبراير 2020", "29 فبراير 2021", "32 يناير 2020", "10 مارس", "2024-13-01"])
    func rejectsImpossibleOrIncompleteDates(_ text: String) {
        #expect(parser.firstDate(in: text) == nil)
    }

    @Test func readsTheWeekdayAndChecksIt() {
        let tuesday = parser.firstDate(in: "الثلاثاء 7 يناير 2020")
        #expect(tuesday?.weekday == 2 && tuesday?.weekdayIsConsistent == true)
        let wrong = parser.firstDate(in: "الأحد 7 يناير 2020")
        #expect(wrong?.weekday == 0 && wrong?.weekdayIsConsistent == false)
    }

    @Test func givesTheRangeOfTheWholeExpression() {
        let text = "أعلن الوزير، الثلاثاء 7 يناير/ كانون الثاني 2020، أن"
        let found = parser.firstDate(in: text)
        #expect(found.map { slice(text, $0.range) } == "الثلاثاء 7 يناير/ كانون الثاني 2020")
    }

    @Test func findsEveryDate() {
        #expect(parser.dates(in: "بين 1 مايو 2020 و 3 يونيو 2021").map(\.date.description) == ["2020-05-01", "2021-06-03"])
    }
}

@Suite struct CalendarDateTests {
    @Test func parsesAndValidatesISODates() {
        #expect(CalendarDate(iso: "2024-03-10")?.description == "2024-03-10")
        #expect(CalendarDate(iso: "٢٠٢٤-٠٣-١٠")?.description == "2024-03-10")
        #expect(CalendarDate(iso: "2024-02-30") == nil)
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "1900-02-29") == nil)
        #expect(CalendarDate(iso: "2000-02-29") != nil)
        #expect(CalendarDate(iso: "2024-3-10") == nil)
    }

    @Test func knowsTheWeekday() {
        // 10 March 2024 was a Sunday; 7 January 2020 a Tuesday; 1 January 2000 a Saturday.
        #expect(CalendarDate(year: 2024, month: 3, day: 10)?.weekday == 0)
        #expect(CalendarDate(year: 2020, month: 1, day: 7)?.weekday == 2)
        #expect(CalendarDate(year: 2000, month: 1, day: 1)?.weekday == 6)
    }
}
