import Terminology
import Testing

@Suite struct TBXGlossaryTests {
    @Test func readsTBXVersion2() throws {
        let entries = try GlossaryReader.read(Fixtures.text("basic-v2.tbx"), format: .tbx)
        #expect(
            entries == [
                GlossaryEntry(
                    concept: Concept(
                        english: "United Nations", arabic: "الأمم المتحدة", arabicVariants: ["المنظمة الدولية"],
                        englishVariants: ["UN"], domain: "org", note: "use the full name on first mention"),
                    line: 9),
                GlossaryEntry(
                    concept: Concept(
                        english: "sanctions", arabic: "عُقُوبَات", note: "say \"sanctions\" & never <embargo> here"),
                    line: 37),
                GlossaryEntry(concept: Concept(english: "Daesh", arabic: "داعش", status: .deprecated), line: 46),
            ])
    }

    @Test func readsTBXVersion3() throws {
        let entries = try GlossaryReader.read(Fixtures.text("basic-v3.tbx"), format: .tbx)
        #expect(
            entries == [
                GlossaryEntry(
                    concept: Concept(
                        english: "crude oil", arabic: "النفط الخام", arabicVariants: ["الخام"],
                        englishVariants: ["crude"],
                        domain: "energy"),
                    line: 8),
                GlossaryEntry(concept: Concept(english: "OPEC+", arabic: "أوبك+", status: .proposed), line: 29),
            ])
    }

    /// A TBX v3 document whose body is `lines`, starting on line 4.
    static func document(_ lines: [String]) -> String {
        ([
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<tbx type=\"TBX-Basic\" xmlns=\"urn:iso:std:iso:30042:ed-2\">",
            "<text><body>",
        ] + lines).joined(separator: "\n")
    }

    @Test func reportsUnclosedElementWhereTheParserFindsIt() {
        let text = Self.document([
            "<conceptEntry id=\"c1\">",  // line 4
            "<langSec xml:lang=\"en\">",
            "<termSec>",  // line 6
            "<term>curfew</term>",
            "</langSec>",  // line 8
            "</conceptEntry>", "</body></text></tbx>",
        ])
        #expect(throws: GlossaryFormatError(line: 8, message: "unclosed element <termSec> (opened on line 6)")) {
            try GlossaryReader.read(text, format: .tbx)
        }
    }

    @Test func reportsElementLeftOpenAtTheEnd() {
        let text = Self.document(["<conceptEntry id=\"c1\">", "<langSec xml:lang=\"en\">", "<termSec>"])
        #expect(throws: GlossaryFormatError(line: 6, message: "unclosed element <termSec> (opened on line 6)")) {
            try GlossaryReader.read(text, format: .tbx)
        }
    }

    @Test func reportsTermWithoutLanguage() {
        let text = Self.document([
            "<conceptEntry id=\"c1\">", "<langSec>", "<termSec>",
            "<term>curfew</term>",  // line 7
            "</termSec></langSec></conceptEntry></body></text></tbx>",
        ])
        #expect(
            throws: GlossaryFormatError(
                line: 7, message: "term \"curfew\" has no language (no xml:lang on its langSec)")
        ) {
            try GlossaryReader.read(text, format: .tbx)
        }
    }

    @Test func reportsTermOutsideAnyLanguageSection() {
        let text = """
            <martif type="TBX-Basic" xml:lang="en"><text><body>
            <termEntry id="c1">
            <tig><term>curfew</term></tig>
            </termEntry>
            </body></text></martif>
            """
        #expect(throws: GlossaryFormatError(line: 3, message: "term \"curfew\" has no language (not inside a langSet)"))
        {
            try GlossaryReader.read(text, format: .tbx)
        }
    }

    @Test func reportsEntryWithoutArabicOnItsFirstLine() {
        let text = Self.document([
            "<conceptEntry id=\"c1\">",  // line 4
            "<langSec xml:lang=\"en\"><termSec><term>curfew</term></termSec></langSec>",
            "<langSec xml:lang=\"fr\"><termSec><term>couvre-feu</term></termSec></langSec>",
            "</conceptEntry>", "</body></text></tbx>",
        ])
        #expect(throws: GlossaryFormatError(line: 4, message: "entry \"c1\" has no arabic term")) {
            try GlossaryReader.read(text, format: .tbx)
        }
    }

    @Test func reportsEntryWithoutEnglishOrWithoutTerms() {
        let noEnglish = Self.document([
            "<conceptEntry>", "<langSec xml:lang=\"ar\"><termSec><term>حظر التجول</term></termSec></langSec>",
            "</conceptEntry>", "</body></text></tbx>",
        ])
        #expect(throws: GlossaryFormatError(line: 4, message: "entry \"حظر التجول\" has no english term")) {
            try GlossaryReader.read(noEnglish, format: .tbx)
        }
        let noTerms = Self.document([
            "<conceptEntry id=\"c1\">", "<descrip type=\"subjectField\">security</descrip>", "</conceptEntry>",
            "</body></text></tbx>",
        ])
        #expect(throws: GlossaryFormatError(line: 4, message: "entry \"c1\" has no terms")) {
            try GlossaryReader.read(noTerms, format: .tbx)
        }
    }

    @Test(arguments: [
        (
            "<tmx version=\"1.4\"><body/></tmx>", 1,
            "not a tbx document (root element <tmx>, expected <martif> or <tbx>)"
        ),
        ("", 1, "not a tbx document (no root element)"),
        (
            "<martif>\n<text>curfew & more</text>\n</martif>", 2,
            "unescaped \"&\" or \"<\" in text (write &amp; and &lt;)"
        ),
        ("<martif>\n<text>&nbsp;</text>\n</martif>", 2, "undeclared entity (write &amp; for \"&\")"),
        ("<martif/>\n<martif/>", 2, "content after the end of the root element <martif>"),
    ])
    func reportsMalformedDocuments(text: String, line: Int, message: String) {
        #expect(throws: GlossaryFormatError(line: line, message: message)) {
            try GlossaryReader.read(text, format: .tbx)
        }
    }

    @Test func writesTBXBasicVersion2() {
        let text = GlossaryWriter.write([Concept(english: "curfew", arabic: "حظر التجول")], format: .tbx)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
        #expect(text.contains("<martif type=\"TBX-Basic\" xml:lang=\"en\">"))
        #expect(
            text.contains(
                """
                      <termEntry id="c1">
                        <langSet xml:lang="en">
                          <tig>
                            <term>curfew</term>
                            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                          </tig>
                        </langSet>
                        <langSet xml:lang="ar">
                          <tig>
                            <term>حظر التجول</term>
                """))
        #expect(text.hasSuffix("</martif>\n"))
    }
}
