import Terminology
import Testing

@Suite struct CSVGlossaryTests {
    @Test func readsQuotedFieldsAndKeepsLineNumbersAfterEmbeddedNewlines() throws {
        let entries = try GlossaryReader.read(Fixtures.text("quoted.csv"), format: .csv)
        #expect(
            entries == [
                GlossaryEntry(
                    concept: Concept(
                        english: "Kurdistan Region", arabic: "إقليم كردستان", arabicVariants: ["كردستان العراق"],
                        englishVariants: ["KRI"], domain: "place",
                        note: "the region, not the wider \"Kurdistan\"\nof four countries"),
                    line: 2),
                GlossaryEntry(
                    concept: Concept(
                        english: "Erbil", arabic: "أربيل", englishVariants: ["Arbil", "Irbil"], domain: "place"),
                    line: 4),
                GlossaryEntry(
                    concept: Concept(
                        english: "Popular Mobilisation Forces", arabic: "الحشد الشعبي", englishVariants: ["PMF"],
                        domain: "org", note: "first line\nsecond line\nthird line"),
                    line: 5),
                GlossaryEntry(
                    concept: Concept(
                        english: "ceasefire", arabic: "وقف إطلاق النار", arabicVariants: ["هدنة"], domain: "security"),
                    line: 8),
            ])
    }

    @Test func reportsARowAfterAMultilineFieldOnItsOwnLine() {
        let text = "english,arabic,note\r\nMosul,الموصل,\"one\r\ntwo\r\nthree\"\r\nBasra,,\r\n"
        #expect(throws: GlossaryFormatError(line: 5, message: "empty arabic term for \"Basra\"")) {
            try GlossaryReader.read(text, format: .csv)
        }
    }

    @Test(arguments: [
        ("english,arabic\nMosul,الموصل\n\"Basra,البصرة\n", 3, "unclosed quote: the field never ends"),
        ("english,arabic\n\"Mosul\"x,الموصل\n", 2, "unexpected \"x\" after a closing quote"),
        ("english,arabic\nMosul\n", 2, "row has 1 column, expected at least 2 (english, arabic)"),
        ("Mosul,الموصل\n", 1, "missing header row (expected english, arabic, ...), found \"Mosul\""),
        (
            "english,arabic,gloss\n", 1,
            "unknown column \"gloss\" in the header (expected english, arabic, arabic_variants, english_variants, domain, note, status)"
        ),
    ])
    func reportsProblemsWithTheirLine(text: String, line: Int, message: String) {
        #expect(throws: GlossaryFormatError(line: line, message: message)) {
            try GlossaryReader.read(text, format: .csv)
        }
    }

    @Test func skipsCommentsAndEmptyRecordsButReadsQuotedHash() throws {
        let text = "\u{FEFF}# exported for the desk\nenglish,arabic\n,\n\"#1 priority\",أولوية قصوى\n"
        #expect(
            try GlossaryReader.read(text, format: .csv) == [
                GlossaryEntry(concept: Concept(english: "#1 priority", arabic: "أولوية قصوى"), line: 4)
            ])
    }

    @Test func readsTICOTermbaseFromEnglish() throws {
        let text = """
            id,sourceLang,targetLang,sourceString,targetString
            1,en,ar_AR,curfew,حظر التجول
            2,en-US,AR,"home quarantine, voluntary",حجر منزلي طوعي
            """
        #expect(
            try GlossaryReader.read(text, format: .csv) == [
                GlossaryEntry(concept: Concept(english: "curfew", arabic: "حظر التجول"), line: 2),
                GlossaryEntry(
                    concept: Concept(english: "home quarantine, voluntary", arabic: "حجر منزلي طوعي"), line: 3),
            ])
    }

    @Test func readsTICOTermbaseFromArabicWithDescriptionAsNote() throws {
        let text = """
            stringID,sourceLang,targetLang,pos,description,sourceString,targetString
            a1,ar,en,noun,"time when people, by order, stay indoors",حظر التجول,curfew
            a2,ar,en,,,تباعد جسدي,physical distancing
            """
        #expect(
            try GlossaryReader.read(text, format: .csv) == [
                GlossaryEntry(
                    concept: Concept(
                        english: "curfew", arabic: "حظر التجول", note: "time when people, by order, stay indoors"),
                    line: 2),
                GlossaryEntry(concept: Concept(english: "physical distancing", arabic: "تباعد جسدي"), line: 3),
            ])
    }

    @Test func rejectsTICORowInAnotherLanguagePair() {
        let text =
            "id,sourceLang,targetLang,sourceString,targetString\n1,en,ar,curfew,حظر التجول\n2,fr,ar,couvre-feu,حظر التجول\n"
        #expect(
            throws: GlossaryFormatError(
                line: 3, message: "unsupported language pair \"fr\" to \"ar\" (expected en and ar)")
        ) {
            try GlossaryReader.read(text, format: .csv)
        }
    }

    @Test func quotesOnlyFieldsThatNeedIt() {
        let concepts = [
            Concept(
                english: "Kurdistan Region", arabic: "إقليم كردستان", englishVariants: ["KRI"],
                note: "the region, not \"Kurdistan\"")
        ]
        #expect(
            GlossaryWriter.write(concepts, format: .csv) == """
                english,arabic,arabic_variants,english_variants,domain,note
                Kurdistan Region,إقليم كردستان,,KRI,,"the region, not ""Kurdistan\"\"\"

                """)
    }
}
