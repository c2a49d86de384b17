import Terminology
import Testing

@Suite struct TSVGlossaryTests {
    /// The concepts of Fixtures/formats/desk.tsv, worked out by reading the file.
    static let deskEntries = [
        GlossaryEntry(concept: Concept(english: "Mosul", arabic: "الموصل", domain: "place"), line: 5),
        GlossaryEntry(
            concept: Concept(
                english: "Islamic State", arabic: "تنظيم الدولة الإسلامية",
                arabicVariants: ["الدولة الإسلامية", "داعش"], englishVariants: ["ISIS", "ISIL", "Daesh"],
                domain: "org", note: "say 'Islamic State group' on first mention"),
            line: 6),
        GlossaryEntry(
            concept: Concept(
                english: "Central Bank of Egypt", arabic: "البنك المركزي المصري",
                arabicVariants: ["المركزي المصري"], englishVariants: ["CBE"], domain: "economy"),
            line: 8),
        GlossaryEntry(
            concept: Concept(
                english: "ceasefire", arabic: "وقف إطلاق النار", arabicVariants: ["هدنة"], domain: "security"),
            line: 9),
        GlossaryEntry(
            concept: Concept(
                english: "speaker of parliament", arabic: "رئيس البرلمان", arabicVariants: ["رئيس مجلس النواب"],
                domain: "politics", note: "give the name on first mention"),
            line: 10),
    ]

    @Test func readsNewsStyleRowsWithCommentsVariantsAndBlankLines() throws {
        let entries = try GlossaryReader.read(Fixtures.text("desk.tsv"), format: .tsv)
        #expect(entries == Self.deskEntries)
    }

    @Test func acceptsByteOrderMarkAndCRLF() throws {
        let text =
            "\u{FEFF}"
            + Fixtures.text("desk.tsv").split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\r\n")
        #expect(text.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        let entries = try GlossaryReader.read(text, format: .tsv)
        #expect(entries == Self.deskEntries)
    }

    @Test func findsColumnsByHeaderNameInAnyOrder() throws {
        let text = "Note\tArabic\tEnglish\tstatus\nthe city\tالموصل\tMosul\tproposed\n"
        let entries = try GlossaryReader.read(text, format: .tsv)
        #expect(
            entries == [
                GlossaryEntry(
                    concept: Concept(english: "Mosul", arabic: "الموصل", note: "the city", status: .proposed), line: 2)
            ])
    }

    @Test func rowWithTwoFieldsIsEnough() throws {
        let text = "english\tarabic\tarabic_variants\tenglish_variants\tdomain\tnote\nTehran\tطهران\n"
        #expect(
            try GlossaryReader.read(text, format: .tsv) == [
                GlossaryEntry(concept: Concept(english: "Tehran", arabic: "طهران"), line: 2)
            ])
    }

    @Test(arguments: [
        ("# a comment\nMosul\tالموصل\n", 2, "missing header row (expected english, arabic, ...), found \"Mosul\""),
        ("# only a comment\n", 1, "missing header row (expected english, arabic, ...), the file is empty"),
        ("english\tarabic\nMosul\tالموصل\n\nBasra\n", 4, "row has 1 column, expected at least 2 (english, arabic)"),
        ("english\tarabic\tdomain\n# c\nMosul\t  \tplace\n", 3, "empty arabic term for \"Mosul\""),
        ("english\tarabic\n\t الموصل\n", 2, "empty english term for \"الموصل\""),
        (
            "# c\nenglish\tarabic\tgloss\n", 2,
            "unknown column \"gloss\" in the header (expected english, arabic, arabic_variants, english_variants, domain, note, status)"
        ),
        ("english\tdomain\n", 1, "the header has no arabic column"),
        ("english\tarabic\tenglish\n", 1, "column \"english\" appears twice in the header"),
        ("english\tarabic\nMosul\tالموصل\tplace\n", 2, "row has 3 columns, the header names 2"),
        (
            "english\tarabic\tstatus\nMosul\tالموصل\tdraft\n", 2,
            "unknown status \"draft\" (expected approved, proposed or deprecated)"
        ),
    ])
    func reportsProblemsWithTheirLine(text: String, line: Int, message: String) {
        #expect(throws: GlossaryFormatError(line: line, message: message)) {
            try GlossaryReader.read(text, format: .tsv)
        }
    }

    @Test func writesAllSixColumnsWithEmptyTrailingFields() {
        let concepts = [
            Concept(english: "Mosul", arabic: "الموصل", domain: "place"),
            Concept(
                english: "Islamic State", arabic: "تنظيم الدولة الإسلامية", arabicVariants: ["داعش"],
                englishVariants: ["ISIS", "Daesh"], note: "first\tmention\nonly"),
        ]
        #expect(
            GlossaryWriter.write(concepts, format: .tsv) == """
                english\tarabic\tarabic_variants\tenglish_variants\tdomain\tnote
                Mosul\tالموصل\t\t\tplace\t
                Islamic State\tتنظيم الدولة الإسلامية\tداعش\tISIS|Daesh\t\tfirst mention only

                """)
    }

    @Test func writesStatusColumnOnlyWhenSomeConceptIsNotApproved() {
        let approved = Concept(english: "Mosul", arabic: "الموصل")
        let deprecated = Concept(english: "Daesh", arabic: "داعش", status: .deprecated)
        #expect(
            GlossaryWriter.write([approved], format: .tsv).hasPrefix(
                "english\tarabic\tarabic_variants\tenglish_variants\tdomain\tnote\n"))
        #expect(
            GlossaryWriter.write([approved, deprecated], format: .tsv) == """
                english\tarabic\tarabic_variants\tenglish_variants\tdomain\tnote\tstatus
                Mosul\tالموصل\t\t\t\t\tapproved
                Daesh\tداعش\t\t\t\t\tdeprecated

                """)
    }
}

@Suite struct TabSeparatedTests {
    @Test func cutsLinesAndTabsOnBytesAndSkipsBlankLines() {
        let text = "\u{FEFF}english\tarabic\r\n\n \t \n\u{00A0}\u{2003}\nIraq\tالعراق\t\n#note\n\tوحدها"
        let rows = TabSeparated.rows(of: text)
        #expect(rows.map(\.number) == [1, 5, 6, 7])
        #expect(rows.map(\.fields) == [["english", "arabic"], ["Iraq", "العراق", ""], ["#note"], ["", "وحدها"]])
    }

    @Test func aTextOfNothingButLineBreaksHasNoRows() {
        #expect(TabSeparated.rows(of: "").isEmpty)
        #expect(TabSeparated.rows(of: "\n\r\n\n").isEmpty)
    }
}
