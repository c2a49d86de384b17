import Alignment
import Testing

/// Translation-memory match percentages on pairs worked out by hand: a word weighs 1, a
/// punctuation mark 0.25, a clitic difference costs 0.25, and the percentage is
/// ⌊100 · (1 − cost / heavier side's weight)⌋, 100 for identical text only and at most 99
/// otherwise.
@Suite struct MemoryMatcherTests {
    @Test func identicalTextScoresOneHundred() {
        let match = MemoryMatcher.match(query: "وصل الوفد إلى بغداد", candidate: "وصل الوفد إلى بغداد")
        #expect(match.percent == 100)
        #expect(match.differences.isEmpty)
    }

    @Test func diacriticsAloneScoreNinetyNineAndAreMarked() {
        // وصلَ (0..<4) and الوفدُ (5..<11) carry diacritics the memory lacks; keys are equal.
        let match = MemoryMatcher.match(query: "وصلَ الوفدُ إلى بغداد", candidate: "وصل الوفد إلى بغداد")
        #expect(match.percent == 99)
        #expect(match.differences == [
            TokenDifference(kind: .spelling, query: 0..<4, memory: 0..<3, cost: 0),
            TokenDifference(kind: .spelling, query: 5..<11, memory: 4..<9, cost: 0),
        ])
    }

    @Test func alefFormsAndDigitsScoreNinetyNine() {
        #expect(MemoryMatcher.match(query: "أعلن الرئيس", candidate: "اعلن الرئيس").percent == 99)
        #expect(MemoryMatcher.match(query: "قتل ٥ أشخاص", candidate: "قتل 5 أشخاص").percent == 99)
    }

    @Test func spacingAloneScoresNinetyNineWithNoDifference() {
        let match = MemoryMatcher.match(query: "وصل  الوفد", candidate: "وصل الوفد")
        #expect(match.percent == 99)
        #expect(match.differences.isEmpty)
    }

    @Test func oneReplacedWordInSixScoresEightyThree() {
        // 1 − 1/6 = 0.833…; غدا stands at 32..<35, اليوم at 32..<37.
        let match = MemoryMatcher.match(
            query: "قال الوزير إن المحادثات ستستأنف غدا", candidate: "قال الوزير إن المحادثات ستستأنف اليوم")
        #expect(match.percent == 83)
        #expect(match.differences == [TokenDifference(kind: .replaced, query: 32..<35, memory: 32..<37, cost: 1)])
    }

    @Test func twoInsertedWordsInEightScoreSeventyFiveAsOneDifference() {
        // 1 − 2/8 = 0.75; في الدوحة spans 36..<45 of the query.
        let match = MemoryMatcher.match(
            query: "قال الوزير إن المحادثات ستستأنف غدا في الدوحة", candidate: "قال الوزير إن المحادثات ستستأنف غدا")
        #expect(match.percent == 75)
        #expect(match.differences == [TokenDifference(kind: .inserted, query: 36..<45, memory: nil, cost: 2)])
    }

    @Test func aMemoryWordMissingFromTheQueryIsDeleted() {
        // 1 − 1/6; the memory's غدا (32..<35) has nothing in the query.
        let match = MemoryMatcher.match(
            query: "قال الوزير إن المحادثات ستستأنف", candidate: "قال الوزير إن المحادثات ستستأنف غدا")
        #expect(match.percent == 83)
        #expect(match.differences == [TokenDifference(kind: .deleted, query: nil, memory: 32..<35, cost: 1)])
    }

    @Test func aCliticWrittenAsAWordCostsAQuarterOfAWord() {
        // بالعراق ~ في العراق: cost 0.25 over the memory's 4 words: 1 − 0.0625 = 0.9375.
        let match = MemoryMatcher.match(query: "وصل الوفد بالعراق", candidate: "وصل الوفد في العراق")
        #expect(match.percent == 93)
        #expect(match.differences == [TokenDifference(kind: .clitic, query: 10..<17, memory: 10..<19, cost: 0.25)])
        // And the other way round.
        #expect(MemoryMatcher.match(query: "وصل الوفد في العراق", candidate: "وصل الوفد بالعراق").percent == 93)
    }

    @Test func anAttachedPrepositionCostsAQuarterOfAWord() {
        // بالسفير ~ السفير: 1 − 0.25/3 = 0.916…
        let match = MemoryMatcher.match(query: "التقى الوزير بالسفير", candidate: "التقى الوزير السفير")
        #expect(match.percent == 91)
        #expect(match.differences.map(\.kind) == [.clitic])
    }

    @Test func aMissingFinalStopCostsAQuarterOfAWord() {
        // Query weight 4 words + 0.25 for the stop: 1 − 0.25/4.25 = 0.941…; the stop is 19..<20.
        let match = MemoryMatcher.match(query: "وصل الوفد إلى بغداد.", candidate: "وصل الوفد إلى بغداد")
        #expect(match.percent == 94)
        #expect(match.differences == [TokenDifference(kind: .inserted, query: 19..<20, memory: nil, cost: 0.25)])
    }

    @Test func unrelatedTextScoresZero() {
        let match = MemoryMatcher.match(query: "الطقس حار", candidate: "ارتفعت الأسعار")
        #expect(match.percent == 0)
        #expect(match.differences == [TokenDifference(kind: .replaced, query: 0..<9, memory: 0..<14, cost: 2)])
    }

    @Test func anEmptyCandidateScoresZero() {
        #expect(MemoryMatcher.match(query: "وصل الوفد", candidate: "").percent == 0)
    }
}
