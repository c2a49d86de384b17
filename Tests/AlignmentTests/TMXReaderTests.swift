import Alignment
import Foundation
import Testing

@Suite struct TMXReaderTests {
    static let bold = ["i": "1"]

    @Test func readsEveryFeatureOfTheFixture() throws {
        let memory = try TMXReader.read(TMXFixtures.text("features.tmx"))
        #expect(
            memory.header
                == TMXHeader(
                    creationTool: "HandWritten", creationToolVersion: "0.1", segmentType: "sentence",
                    originalFormat: "none", adminLanguage: "en-US", sourceLanguage: "ar", dataType: "html",
                    attributes: ["creationdate": "20240105T101500Z"], notes: ["written by hand for the reader tests"],
                    properties: [TMXProperty(type: "x-desk", value: "politics")]))
        #expect(memory.units.map(\.id) == ["n1", "n2", "n3", "n4", nil])
        #expect(memory.skippedVariants == 1)  // the French variant of n4
        try #require(memory.units.count == 5)
        #expect(
            memory.units[0]
                == TranslationUnit(
                    id: "n1",
                    arabic: Segment(parts: [
                        .text("أعلن "), .tag(InlineTag(.bpt, "<b>", attributes: Self.bold)), .text("وزير الصحة"),
                        .tag(InlineTag(.ept, "</b>", attributes: Self.bold)), .text(" فرض حظر تجول ليلي."),
                    ]),
                    english: Segment(parts: [
                        .text("The "), .tag(InlineTag(.bpt, "<b>", attributes: Self.bold)), .text("health minister"),
                        .tag(InlineTag(.ept, "</b>", attributes: Self.bold)), .text(" announced a night curfew."),
                    ]),
                    notes: ["bold kept as paired codes"], properties: [TMXProperty(type: "x-domain", value: "health")],
                    attributes: ["srclang": "ar", "creationdate": "20240105T101600Z"],
                    englishDetails: TranslationUnit.VariantDetails(language: "en-GB")))
        #expect(
            memory.units[1]
                == TranslationUnit(
                    id: "n2",
                    arabic: Segment(parts: [
                        .text("ارتفع النفط 3% & تراجع الذهب"), .tag(InlineTag(.ph, "<br/>", attributes: ["x": "1"])),
                    ]),
                    english: Segment(parts: [
                        .text("Oil rose 3% & gold fell"), .tag(InlineTag(.ph, "<br/>", attributes: ["x": "1"])),
                    ]),
                    arabicDetails: TranslationUnit.VariantDetails(language: "AR"),
                    englishDetails: TranslationUnit.VariantDetails(language: "EN")))
        let italic = InlineTag(.it, "<i>", attributes: ["pos": "begin", "x": "2"])
        #expect(
            memory.units[2]
                == TranslationUnit(
                    id: "n3",
                    arabic: Segment(parts: [
                        .tag(italic), .text("قالت "), .tag(InlineTag(.hi, "الوكالة", attributes: ["type": "term"])),
                        .text(" إن الاجتماع سيعقد غداً"),
                    ]),
                    english: Segment(parts: [
                        .tag(italic), .text("The "), .tag(InlineTag(.hi, "agency", attributes: ["type": "term"])),
                        .text(" said the meeting will be held tomorrow"),
                    ]),
                    arabicDetails: TranslationUnit.VariantDetails(
                        language: "ar-SA", attributes: ["changedate": "20240106T080000Z"],
                        notes: ["the agency is unnamed"], properties: [TMXProperty(type: "x-reviewed", value: "yes")]),
                    englishDetails: TranslationUnit.VariantDetails(language: "en-US")))
        func image(_ alt: String) -> InlinePart {
            .tag(
                InlineTag(
                    .ph, attributes: ["x": "3"],
                    content: [.text("<img alt=\""), .tag(InlineTag(.sub, alt)), .text("\"/>")]))
        }
        #expect(
            memory.units[3]
                == TranslationUnit(
                    id: "n4",
                    arabic: Segment(parts: [.text("وصل الوفد إلى القاهرة"), image("صورة الوفد"), .text(" صباح الأحد")]),
                    english: Segment(parts: [
                        .text("The delegation arrived in Cairo"), image("a photo of the delegation"),
                        .text(" on Sunday morning"),
                    ]),
                    arabicDetails: TranslationUnit.VariantDetails(language: "ar_SA")))
        #expect(
            memory.units[4] == TranslationUnit(arabic: "  مسافة في الطرفين  ", english: "a <literal> & CDATA"))
    }

    @Test func plainTextLeavesOutCodesAndSubFlowsButKeepsHighlights() throws {
        let units = try TMXReader.read(TMXFixtures.text("features.tmx")).units
        try #require(units.count == 5)
        #expect(units[0].arabic.plain == "أعلن وزير الصحة فرض حظر تجول ليلي.")
        #expect(units[0].english.plain == "The health minister announced a night curfew.")
        #expect(units[1].arabic.plain == "ارتفع النفط 3% & تراجع الذهب")
        #expect(units[2].arabic.plain == "قالت الوكالة إن الاجتماع سيعقد غداً")
        #expect(units[3].english.plain == "The delegation arrived in Cairo on Sunday morning")
        #expect(units[3].arabic.plain == "وصل الوفد إلى القاهرة صباح الأحد")
        #expect(units.map(\.arabic.hasInlineTags) == [true, true, true, true, false])
    }

    @Test(arguments: [
        ("ar", "en"), ("AR", "EN"), ("ar-SA", "en-US"), ("ar_EG", "en_GB"), ("Ar-Latn", "eN"), ("ara", "eng"),
    ])
    func matchesLanguagesByPrimarySubtag(arabic: String, english: String) throws {
        for attribute in ["xml:lang", "lang"] {
            let text = TMXFixtures.document([
                "<tu><tuv \(attribute)=\"\(english)\"><seg>rain</seg></tuv>",
                "<tuv \(attribute)=\"\(arabic)\"><seg>مطر</seg></tuv></tu>",
            ])
            let units = try TMXReader.read(text).units
            #expect(
                units == [
                    TranslationUnit(
                        arabic: "مطر", english: "rain", arabicDetails: TranslationUnit.VariantDetails(language: arabic),
                        englishDetails: TranslationUnit.VariantDetails(language: english))
                ])
        }
    }

    @Test func leavesOutAndCountsVariantsInOtherLanguages() throws {
        let text = TMXFixtures.document([
            "<tu><tuv xml:lang=\"de\"><seg>Regen</seg></tuv><tuv xml:lang=\"ar\"><seg>مطر</seg></tuv>",
            "<tuv xml:lang=\"fa\"><seg>باران</seg></tuv><tuv xml:lang=\"en\"><seg>rain</seg></tuv></tu>",
        ])
        let memory = try TMXReader.read(text)
        #expect(memory.units == [TranslationUnit(arabic: "مطر", english: "rain")])
        #expect(memory.skippedVariants == 2)
    }

    @Test func readsWhateverEncodingTheDeclarationNamesSinceTheTextIsAlreadyDecoded() throws {
        for declaration in ["encoding=\"UTF-16\"", "encoding='ISO-8859-1' standalone=\"yes\""] {
            let text =
                "\u{FEFF}<?xml version=\"1.0\" \(declaration)?>\n<tmx version=\"1.4\">\n<body>\n<tu>"
                + "<tuv xml:lang=\"ar\"><seg>مطر</seg></tuv>\n<tuv xml:lang=\"en\"></tuv></tu></body></tmx>"
            // The English tuv has no seg: the error's line shows that lines did not move.
            #expect(throws: TMXError(line: 5, message: "tuv has no seg")) { try TMXReader.read(text) }
            let fixed = text.replacingOccurrences(of: "\"en\"></tuv>", with: "\"en\"><seg>rain</seg></tuv>")
            #expect(try TMXReader.read(fixed).units == [TranslationUnit(arabic: "مطر", english: "rain")])
        }
    }

    @Test func readsAnEmptyBodyAndADocumentWithoutHeader() throws {
        let memory = try TMXReader.read("<tmx version=\"1.4\"><body/></tmx>")
        #expect(memory.units.isEmpty)
        #expect(memory.header.sourceLanguage == "")
        #expect(memory.header.creationTool == "")
    }

    @Test func keepsCarriageReturnsGivenAsReferencesAndFoldsLiteralOnes() throws {
        let text = TMXFixtures.document([
            "<tu><tuv xml:lang=\"ar\"><seg>سطر&#13;\nآخر</seg></tuv>",
            "<tuv xml:lang=\"en\"><seg>one\r\nline</seg></tuv></tu>",
        ])
        let unit = try #require(try TMXReader.read(text).units.first)
        #expect(unit.arabic.plain == "سطر\r\nآخر")
        #expect(unit.english.plain == "one\nline")  // XML turns a literal CRLF into LF
    }
}
