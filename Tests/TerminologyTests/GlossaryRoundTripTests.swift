import Terminology
import Testing

@Suite struct GlossaryRoundTripTests {
    /// Awkward values every format can hold: markup characters, quotes, commas, a leading `#`,
    /// Arabic with diacritics, tatweel and `+`, empty variants and fields, all three statuses.
    static let awkward = [
        Concept(
            english: "AT&T <\"Inc\"> 'quoted'", arabic: "شَرِكَةُ «إيه تي آند تي»",
            arabicVariants: ["إيه تي & تي", "أ.ت.ت"], englishVariants: ["AT&T, Inc.", "\"T\""],
            domain: "org & media", note: "<b>not bold</b> & not a tag; a, b; \"x\"", status: .proposed),
        Concept(english: "#1 priority", arabic: "أولويّة قصوى", englishVariants: ["#top"], status: .deprecated),
        Concept(english: "OPEC+", arabic: "أوبك+", arabicVariants: ["أوبـــك بلس"], domain: "energy"),
        Concept(english: "Mosul", arabic: "الموصل"),
        Concept(
            english: "ceasefire", arabic: "وَقْفُ إِطْلَاقِ النَّارِ", arabicVariants: ["هُدْنَة"], englishVariants: [],
            domain: "security", note: "'truce' only for a formal agreement", status: .approved),
    ]

    @Test(arguments: GlossaryFormat.allCases)
    func readsBackWhatItWrites(format: GlossaryFormat) throws {
        let text = GlossaryWriter.write(Self.awkward, format: format)
        let concepts = try GlossaryReader.read(text, format: format).map(\.concept)
        #expect(concepts == Self.awkward)
    }

    @Test(arguments: [GlossaryFormat.csv, .tbx])
    func keepsLineBreaksInsideNotes(format: GlossaryFormat) throws {
        let concepts = [
            Concept(
                english: "Green Zone", arabic: "المنطقة الخضراء", note: "first line\nsecond, \"quoted\" line\r\nthird"),
            Concept(english: "Basra", arabic: "البصرة"),
        ]
        let entries = try GlossaryReader.read(GlossaryWriter.write(concepts, format: format), format: format)
        #expect(entries.map(\.concept) == concepts)
    }

    @Test func tsvTurnsTabsAndLineBreaksIntoSpaces() throws {
        let concept = Concept(english: "Green Zone", arabic: "المنطقة\tالخضراء", note: "first\nsecond")
        let entries = try GlossaryReader.read(GlossaryWriter.write([concept], format: .tsv), format: .tsv)
        #expect(
            entries.map(\.concept) == [Concept(english: "Green Zone", arabic: "المنطقة الخضراء", note: "first second")])
    }

    @Test(arguments: GlossaryFormat.allCases)
    func roundTripsAnEmptyGlossary(format: GlossaryFormat) throws {
        #expect(try GlossaryReader.read(GlossaryWriter.write([], format: format), format: format).isEmpty)
    }

    @Test(arguments: GlossaryFormat.allCases)
    func convertsBetweenFormatsWithoutLoss(format: GlossaryFormat) throws {
        for target in GlossaryFormat.allCases {
            let first = try GlossaryReader.read(GlossaryWriter.write(Self.awkward, format: format), format: format)
            let second = try GlossaryReader.read(
                GlossaryWriter.write(first.map(\.concept), format: target), format: target)
            #expect(second.map(\.concept) == Self.awkward, "\(format) to \(target)")
        }
    }
}
