import Alignment
import Testing

/// Malformed TMX: each document gives one error, with the line a translator must look at, and
/// no units at all.
@Suite struct TMXMalformedTests {
    static let arabic = "<tuv xml:lang=\"ar\"><seg>مطر</seg></tuv>"
    static let english = "<tuv xml:lang=\"en\"><seg>rain</seg></tuv>"

    static func expect(_ error: TMXError, _ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: error, sourceLocation: sourceLocation) { try TMXReader.read(TMXFixtures.document(lines)) }
    }

    @Test func reportsAnUnclosedElementWhereTheParserFindsIt() {
        Self.expect(
            TMXError(line: 7, message: "unclosed element <tuv> (opened on line 6)"),
            [
                "<tu tuid=\"a\">",  // line 4
                Self.arabic,
                "<tuv xml:lang=\"en\"><seg>rain</seg>",  // line 6
                "</tu>",
            ])
    }

    @Test func reportsAUnitLeftOpen() {
        // The document's `</body>` (line 7) closes the body while the tu is open.
        Self.expect(
            TMXError(line: 7, message: "unclosed element <tu> (opened on line 4)"),
            ["<tu tuid=\"a\">", Self.arabic, Self.english])
    }

    @Test func reportsADocumentCutShort() {
        let text = "<tmx version=\"1.4\">\n<body>\n<tu>\n" + Self.arabic
        #expect(throws: TMXError(line: 4, message: "unclosed element <tu> (opened on line 3)")) {
            try TMXReader.read(text)
        }
    }

    @Test func reportsAVariantWithoutLanguage() {
        Self.expect(
            TMXError(line: 5, message: "tuv without xml:lang"),
            ["<tu>", "<tuv><seg>مطر</seg></tuv>", Self.english, "</tu>"])
    }

    @Test func reportsAUnitWithOneVariantOnTheUnitsLine() {
        Self.expect(
            TMXError(line: 5, message: "tu \"b\" has no arabic tuv"),
            ["<tu tuid=\"a\">" + Self.arabic + Self.english + "</tu>", "<tu tuid=\"b\">", Self.english, "</tu>"])
        Self.expect(TMXError(line: 4, message: "tu has no english tuv"), ["<tu>", Self.arabic, "</tu>"])
    }

    @Test func reportsASecondArabicVariant() {
        Self.expect(
            TMXError(line: 6, message: "tu \"c\" has a second arabic tuv (the first is on line 5)"),
            ["<tu tuid=\"c\">", Self.arabic, "<tuv xml:lang=\"ar-EG\"><seg>شتاء</seg></tuv>", Self.english, "</tu>"])
    }

    @Test func reportsContentAfterTheRootElement() {
        let text = TMXFixtures.document(["<tu>" + Self.arabic + Self.english + "</tu>"]) + "\nleft over"
        #expect(throws: TMXError(line: 7, message: "content after the end of the root element <tmx>")) {
            try TMXReader.read(text)
        }
    }

    @Test func reportsElementsTMXDoesNotAllowWhereTheyStand() {
        Self.expect(
            TMXError(line: 5, message: "unexpected element <b> inside <seg>"),
            ["<tu>", "<tuv xml:lang=\"ar\"><seg>قال <b>الوزير</b></seg></tuv>", Self.english, "</tu>"])
        Self.expect(
            TMXError(line: 5, message: "unexpected element <sub> inside <seg>"),
            ["<tu>", "<tuv xml:lang=\"ar\"><seg><sub>حاشية</sub></seg></tuv>", Self.english, "</tu>"])
        Self.expect(
            TMXError(line: 4, message: "unexpected element <tuv> inside <body>"), [Self.arabic])
    }

    @Test func reportsStrayTextVariantsWithoutSegmentAndPropertiesWithoutType() {
        Self.expect(
            TMXError(line: 4, message: "text \"مطر\" directly inside <tu>"),
            ["<tu>مطر", Self.arabic, Self.english, "</tu>"])
        Self.expect(
            TMXError(line: 5, message: "tuv has no seg"),
            ["<tu>", "<tuv xml:lang=\"ar\">", "</tuv>", Self.english, "</tu>"])
        Self.expect(
            TMXError(line: 4, message: "tuv has a second seg"),
            ["<tu><tuv xml:lang=\"ar\"><seg>مطر</seg><seg>ثلج</seg></tuv>", Self.english, "</tu>"])
        Self.expect(
            TMXError(line: 5, message: "prop without type"),
            ["<tu>", "<prop>wire</prop>", Self.arabic, Self.english, "</tu>"])
    }

    @Test func reportsXMLErrorsInWordsATranslatorCanActOn() {
        Self.expect(
            TMXError(line: 5, message: "undeclared entity (write &amp; for \"&\")"),
            ["<tu>", "<tuv xml:lang=\"ar\"><seg>مطر&nbsp;غزير</seg></tuv>", Self.english, "</tu>"])
        Self.expect(
            TMXError(line: 6, message: "unescaped \"&\" or \"<\" in text (write &amp; and &lt;)"),
            ["<tu>", Self.arabic, "<tuv xml:lang=\"en\"><seg>salt & pepper</seg></tuv>", "</tu>"])
        // libxml2 reports this one yet parse() returns true: the reader must still refuse.
        Self.expect(
            TMXError(line: 4, message: "namespace prefix without xmlns declaration"),
            ["<tu x:origin=\"wire\">", Self.arabic, Self.english, "</tu>"])
    }

    @Test func refusesDocumentsThatAreNotTMX() {
        #expect(throws: TMXError(line: 1, message: "not a tmx document (no root element)")) { try TMXReader.read("") }
        #expect(throws: TMXError(line: 1, message: "not a tmx document (no root element)")) {
            try TMXReader.read("  \n")
        }
        #expect(throws: TMXError(line: 2, message: "not a tmx document (root element <martif>, expected <tmx>)")) {
            try TMXReader.read("<?xml version=\"1.0\"?>\n<martif type=\"TBX\"></martif>")
        }
    }

    @Test func describesItselfAsLineColonMessage() {
        #expect(TMXError(line: 12, message: "tuv without xml:lang").description == "12: tuv without xml:lang")
    }
}
