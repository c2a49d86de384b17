import Alignment
import Testing

@Suite struct BeadScoreTests {
    @Test func countsOnlyExactPairingBeads() {
        // Gold pairs: 0/0 and 1/1-2. Predicted pairs: 0/0 (right) and 1/1 (wrong); the 0-1
        // bead for English 2 is not counted. P = 1/2, R = 1/2, F1 = 1/2.
        let gold = [Bead(arabic: 0..<1, english: 0..<1), Bead(arabic: 1..<2, english: 1..<3)]
        let predicted = [Bead(arabic: 0..<1, english: 0..<1), Bead(arabic: 1..<2, english: 1..<2),
                         Bead(arabic: 2..<2, english: 2..<3)]
        #expect(BeadScore.strictF1(predicted: predicted, gold: gold) == 0.5)
    }

    @Test func leftOutSentencesDoNotCount() {
        let gold = [Bead(arabic: 0..<1, english: 0..<1), Bead(arabic: 1..<2, english: 1..<1)]
        let predicted = [Bead(arabic: 0..<1, english: 0..<1), Bead(arabic: 1..<2, english: 1..<1)]
        #expect(BeadScore.strictF1(predicted: predicted, gold: gold) == 1)
        // Three right of four predicted, three of three gold: P = 3/4, R = 1, F1 = 6/7.
        #expect(BeadScore.f1(matched: 3, predicted: 4, gold: 3) == 6.0 / 7.0)
    }

    @Test func nothingToFindAndNothingFoundIsPerfect() {
        #expect(BeadScore.strictF1(predicted: [], gold: []) == 1)
        #expect(BeadScore.strictF1(predicted: [Bead(arabic: 0..<1, english: 0..<1)], gold: []) == 0)
    }
}
