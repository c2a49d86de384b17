import Alignment
import Testing

@Suite struct SentenceAlignerTests {
    /// A short report whose second Arabic sentence is split in two in English.
    static let arabic = [
        "وصل وزير الدفاع الأمريكي مارك إسبر إلى بغداد يوم الأحد في زيارة لم يعلن عنها مسبقاً.",
        "والتقى إسبر رئيس الوزراء عادل عبد المهدي، وبحث معه مستقبل القوات الأمريكية في العراق والبالغ عددها نحو 5200 جندي.",
        "وغادر إسبر العاصمة بعد ثلاث ساعات متوجهاً إلى الكويت.",
    ]
    static let english = [
        "U.S. Defense Secretary Mark Esper arrived in Baghdad on Sunday on an unannounced visit.",
        "Esper met Prime Minister Adel Abdul Mahdi.",
        "They discussed the future of the roughly 5,200 U.S. troops in Iraq.",
        "Esper left the capital three hours later for Kuwait.",
    ]

    @Test func findsAnArabicSentenceSplitInTwo() {
        let beads = SentenceAligner().align(arabic: Self.arabic, english: Self.english)
        #expect(beads.map(\.arabic) == [0..<1, 1..<2, 2..<3])
        #expect(beads.map(\.english) == [0..<1, 1..<3, 3..<4])
    }

    @Test func coversEverySentenceOnceInOrder() {
        for document in Fixtures.goldDocuments {
            let beads = SentenceAligner().align(arabic: document.arabic, english: document.english)
            var arabic = 0
            var english = 0
            for bead in beads {
                #expect(bead.arabic.lowerBound == arabic && bead.english.lowerBound == english, "\(document.name)")
                #expect(!(bead.arabic.isEmpty && bead.english.isEmpty))
                arabic = bead.arabic.upperBound
                english = bead.english.upperBound
            }
            #expect(arabic == document.arabic.count && english == document.english.count, "\(document.name)")
        }
    }

    @Test func scoresAreProbabilitiesAndWeakBeadsAreTheLowOnes() {
        var options = AlignmentOptions()
        options.weakScore = 0.8
        for document in Fixtures.goldDocuments {
            for bead in SentenceAligner(options: options).align(arabic: document.arabic, english: document.english) {
                #expect((0...1).contains(bead.score))
                #expect(bead.isWeak == (bead.score < 0.8))
            }
        }
    }

    @Test func leavesOutSentencesWhenOneSideIsEmpty() {
        let beads = SentenceAligner().align(arabic: [], english: ["One.", "Two."])
        #expect(beads == [Bead(arabic: 0..<0, english: 0..<1), Bead(arabic: 0..<0, english: 1..<2)])
        #expect(SentenceAligner().align(arabic: [], english: []).isEmpty)
    }

    @Test func aNarrowBandWidensWhenThePathReachesItsEdge() {
        // The English lacks the first ten of 60 numbered lines: the path runs far off the
        // diagonal, and a band of half-width 2 must grow until it holds it.
        let arabic = (1...60).map { "السطر رقم \($0 * 37) من القائمة الطويلة" }
        let english = (11...60).map { "Line number \($0 * 37) of the long list" }
        var options = AlignmentOptions()
        options.bandWidth = 2
        let beads = SentenceAligner(options: options).align(arabic: arabic, english: english)
        let expected = (0..<10).map { Bead(arabic: $0..<($0 + 1), english: 0..<0) }
            + (10..<60).map { Bead(arabic: $0..<($0 + 1), english: ($0 - 10)..<($0 - 9)) }
        #expect(beads.map(\.arabic) == expected.map(\.arabic))
        #expect(beads.map(\.english) == expected.map(\.english))
    }

    @Test func alignsTheSameWayEveryTime() {
        let document = Fixtures.goldDocuments[0]
        let first = SentenceAligner().align(arabic: document.arabic, english: document.english)
        let second = SentenceAligner().align(arabic: document.arabic, english: document.english)
        #expect(first == second)
    }
}
