@testable import Alignment
import Terminology
import Testing

/// What the aligner reads from a sentence pair as evidence that the two translate each other.
@Suite struct AnchorExtractorTests {
    /// The anchor keys two sentences share, by kind.
    func sharedKinds(_ arabic: String, _ english: String, glossary: [Concept] = []) -> [AnchorKind] {
        let matcher = glossary.isEmpty ? nil : TermMatcher(concepts: glossary)
        let extractor = AnchorExtractor(
            glossary: matcher, englishTerms: matcher.map { EnglishTermFinder(concepts: $0.concepts) }, matchesNames: true)
        let anchors = extractor.read(arabic: [arabic], english: [english]).anchors
        let english = Set(anchors.english[0].map(\.id))
        return anchors.arabic[0].filter { english.contains($0.id) }.map { anchors.kinds[Int($0.id)] }.sorted { $0.rawValue < $1.rawValue }
    }

    @Test func arabicIndicDigitsMeetASCIIDigits() {
        #expect(sharedKinds("قتل ٢٥ شخصاً في عام ٢٠١٩", "25 people were killed in 2019").filter { $0 == .number }.count == 2)
    }

    @Test func thousandsSeparatorsDoNotHideANumber() {
        #expect(sharedKinds("وصل 5200 لاجئ", "5,200 refugees arrived").contains(.number))
        #expect(AnchorExtractor.numberKey("٣٥٫٧") == "35.7")
        #expect(AnchorExtractor.numbers(inCode: "covid-19") == ["19"])
    }

    @Test func latinCodesMeetEvenWithAProcliticGlued() {
        #expect(sharedKinds("وأسقطت وUH-60 قرب بغداد", "A UH-60 was downed near Baghdad").contains(.latin))
        #expect(sharedKinds("قالت شبكة CNN", "CNN said").contains(.latin))
    }

    @Test func namesMeetThroughTransliteration() {
        #expect(sharedKinds("وصل مارك إسبر", "Mark Esper arrived").filter { $0 == .name }.count == 2)
    }

    @Test func glossaryTermsMeetWithCliticsAndPlurals() {
        let glossary = [Concept(english: "militia", arabic: "ميليشيا"), Concept(english: "Iraq", arabic: "العراق")]
        let kinds = sharedKinds("هاجمت الميليشيات قاعدة في للعراق", "Militias attacked a base in Iraq", glossary: glossary)
        #expect(kinds.filter { $0 == .term }.count == 1 || kinds.filter { $0 == .term }.count == 2)
        #expect(kinds.contains(.term))
    }

    @Test func acronymsInTheGlossaryMustBeCapitals() {
        let glossary = [Concept(english: "United States", arabic: "الولايات المتحدة", englishVariants: ["US"])]
        #expect(sharedKinds("حذرت الولايات المتحدة", "The US warned", glossary: glossary).contains(.term))
        #expect(!sharedKinds("حذرت الولايات المتحدة", "They warned us", glossary: glossary).contains(.term))
    }

    @Test func monthsAndWeekdaysMeetInEitherCalendar() {
        #expect(sharedKinds("في 7 كانون الثاني", "on January 7").contains(.calendar))
        #expect(sharedKinds("يوم الجمعة", "on Friday").contains(.calendar))
        #expect(!sharedKinds("أحد المسؤولين", "on Sunday").contains(.calendar))
    }

    @Test func questionsAndHeadlinesKeepTheirShape() {
        #expect(SentenceMarks.keys(in: "هل انتهت الأزمة؟") == ["m:?"])
        #expect(SentenceMarks.keys(in: "Is the crisis over?") == ["m:?"])
        #expect(SentenceMarks.keys(in: "Iraq asks US troops to leave") == ["m:-"])
        #expect(SentenceMarks.keys(in: "He said 'no'.") == ["m:\""])
        #expect(SentenceMarks.keys(in: "It's over.") == [])
    }

    @Test func commonNewsWordsMeetThroughTheBuiltInLexicon() {
        #expect(sharedKinds("انتقدت الشرطة الحكومة", "Police criticised the government").filter { $0 == .lexicon }.count == 2)
    }

    @Test func aLatinWordCommonInTheEnglishIsNoAnchor() {
        // "of" quoted once in the Arabic must not tie every English sentence to it.
        let extractor = AnchorExtractor(glossary: nil, englishTerms: nil, matchesNames: false)
        let english = (0..<10).map { "The heart of the matter number \($0 + 100)" }
        let arabic = ["عبارة of الإنجليزية"] + (1..<10).map { "جملة رقم \($0 + 100)" }
        let anchors = extractor.read(arabic: arabic, english: english).anchors
        #expect(!anchors.english.joined().contains { anchors.kinds[Int($0.id)] == .latin })
    }
}
