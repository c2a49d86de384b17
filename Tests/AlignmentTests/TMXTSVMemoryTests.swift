import Alignment
import Testing

@Suite struct TMXTSVMemoryTests {
    static let rain = TranslationUnit(arabic: "هطلت أمطار غزيرة", english: "Heavy rain fell")
    static let hashtag = TranslationUnit(arabic: "#القدس عاصمة الثقافة", english: "#Jerusalem capital of culture")

    @Test func readsWithOrWithoutHeader() throws {
        let body = "هطلت أمطار غزيرة\tHeavy rain fell\n#القدس عاصمة الثقافة\t#Jerusalem capital of culture\n"
        #expect(try TSVMemory.read(body) == [Self.rain, Self.hashtag])
        #expect(try TSVMemory.read("Arabic\tEnglish\n" + body) == [Self.rain, Self.hashtag])
    }

    @Test func takesTheColumnOrderFromTheHeader() throws {
        let text = "english\tarabic\nHeavy rain fell\tهطلت أمطار غزيرة\n"
        #expect(try TSVMemory.read(text) == [Self.rain])
    }

    @Test func acceptsByteOrderMarkCRLFBlankLinesSpacesAndTrailingEmptyColumns() throws {
        let text = "\u{FEFF}arabic\tenglish\r\n\r\n  هطلت أمطار غزيرة \t Heavy rain fell\t\t\r\n   \n"
        #expect(try TSVMemory.read(text) == [Self.rain])
        #expect(try TSVMemory.read("").isEmpty)
    }

    @Test func reportsRowsItCannotRead() {
        #expect(throws: TMXError(line: 3, message: "row has 1 column, expected 2 (arabic, english)")) {
            try TSVMemory.read("arabic\tenglish\nمطر\train\nثلج snow\n")
        }
        #expect(throws: TMXError(line: 2, message: "row has 3 columns, expected 2 (english, arabic)")) {
            try TSVMemory.read("english\tarabic\nrain\tمطر\textra\n")
        }
        #expect(throws: TMXError(line: 1, message: "row has no arabic text")) { try TSVMemory.read(" \train\n") }
        #expect(throws: TMXError(line: 2, message: "row has no english text")) {
            try TSVMemory.read("مطر\train\nثلج\t \n")
        }
    }

    @Test func refusesAFileWhoseColumnsAreSwapped() throws {
        #expect(
            throws: TMXError(
                line: 2, message: "columns look swapped: arabic text in the english column (expected arabic, english)")
        ) {
            try TSVMemory.read("\nHeavy rain fell\tهطلت أمطار غزيرة\n")
        }
        // A unit with Arabic on neither side (a number, a code) is no sign of swapped columns.
        #expect(try TSVMemory.read("2020\t2020\n").count == 1)
    }

    @Test func writesAHeaderAndOneLinePerUnit() {
        let units = [
            Self.rain,
            TranslationUnit(arabic: "سطر\tأول\nوثان", english: " first\r\nsecond "),
            TranslationUnit(
                arabic: Segment(parts: [.text("قال "), .tag(InlineTag(.ph, "<br/>")), .text("الوزير")]),
                english: Segment(parts: [.text("the minister "), .tag(InlineTag(.hi, "said"))])),
            TranslationUnit(arabic: Segment(parts: [.tag(InlineTag(.ph, "<img/>"))]), english: "a picture"),
        ]
        #expect(
            TSVMemory.write(units)
                == "arabic\tenglish\nهطلت أمطار غزيرة\tHeavy rain fell\nسطر أول وثان\tfirst  second\n"
                + "قال الوزير\tthe minister said\n")
    }

    @Test func roundTripsPlainUnits() throws {
        let units = [Self.rain, Self.hashtag]
        #expect(try TSVMemory.read(TSVMemory.write(units)) == units)
    }
}
