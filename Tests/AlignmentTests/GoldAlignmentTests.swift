import Alignment
import Testing

/// The aligner on six news document pairs written for these tests, each with a gold alignment
/// worked out by hand (`Fixtures/gold-alignments.json`): 40 one-to-one beads, six Arabic
/// sentences split in two in English (1-2), six pairs of Arabic sentences joined in one English
/// sentence (2-1), four Arabic sentences left untranslated (1-0) and three English sentences
/// with no Arabic (0-1).
@Suite struct GoldAlignmentTests {
    @Test func goldFixtureHasEveryBeadShape() {
        var shapes: Set<String> = []
        for document in Fixtures.goldDocuments {
            #expect((8...20).contains(document.arabic.count), "\(document.name): \(document.arabic.count) sentences")
            for bead in document.gold { shapes.insert("\(bead.arabic.count)-\(bead.english.count)") }
        }
        #expect(Fixtures.goldDocuments.count >= 6)
        #expect(shapes.isSuperset(of: ["1-1", "1-2", "2-1", "1-0", "0-1"]))
    }

    @Test func alignsTheGoldDocumentsWithStrictBeadF1AboveNinetyFivePercent() {
        let aligner = SentenceAligner(glossary: Fixtures.glossary)
        var totals = (matched: 0, predicted: 0, gold: 0)
        for document in Fixtures.goldDocuments {
            let beads = aligner.align(arabic: document.arabic, english: document.english)
            let counts = BeadScore.matchCounts(predicted: beads, gold: document.gold)
            totals = (totals.matched + counts.matched, totals.predicted + counts.predicted, totals.gold + counts.gold)
            let wrong = beads.filter { bead in bead.isPair && !document.gold.contains { $0.arabic == bead.arabic && $0.english == bead.english } }
            if !wrong.isEmpty { print("gold alignment, \(document.name): wrong beads \(wrong.map { "\($0.arabic)/\($0.english)" })") }
        }
        let f1 = BeadScore.f1(matched: totals.matched, predicted: totals.predicted, gold: totals.gold)
        print("gold alignment: strict bead F1 \(f1) (\(totals.matched) of \(totals.predicted) predicted, \(totals.gold) gold)")
        #expect(f1 >= 0.95)
    }

    @Test func alignsTheGoldDocumentsWithoutAGlossaryToo() {
        let aligner = SentenceAligner()
        var totals = (matched: 0, predicted: 0, gold: 0)
        for document in Fixtures.goldDocuments {
            let counts = BeadScore.matchCounts(
                predicted: aligner.align(arabic: document.arabic, english: document.english), gold: document.gold)
            totals = (totals.matched + counts.matched, totals.predicted + counts.predicted, totals.gold + counts.gold)
        }
        let f1 = BeadScore.f1(matched: totals.matched, predicted: totals.predicted, gold: totals.gold)
        print("gold alignment without glossary: strict bead F1 \(f1)")
        #expect(f1 >= 0.9)
    }
}
