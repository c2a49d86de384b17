import Alignment
import Foundation
import Testing

/// The aligner on real news: NTREX-128 (newstest2019, English news with professional Arabic
/// translations, line-aligned 1-1 in 123 documents) in `../shared/eval/ntrex` beside the
/// package, read only when it is there.
///
/// The documents are cut into pseudo-documents of 40 consecutive lines, and each is perturbed
/// (`ParallelPerturbation`: about one line in ten joined with the next on the Arabic side, one
/// in ten on the English side, one in twenty-five dropped from each side, seeded). Any tuning
/// of the model was done on the first half of the documents; the score is reported on the
/// second half, for three seeds.
@Suite(.enabled(if: Fixtures.ntrexFolder != nil, "../shared/eval/ntrex is absent: NTREX test skipped"))
struct NTREXAlignmentTests {
    struct Corpus {
        var arabic: [String]
        var english: [String]
        /// Line numbers of each document, in order.
        var documents: [[Int]]
    }

    static func corpus() -> Corpus? {
        guard let folder = Fixtures.ntrexFolder,
            let arabic = Fixtures.lines(folder.appendingPathComponent("newstest2019-ref.arb.txt")),
            let english = Fixtures.lines(folder.appendingPathComponent("newstest2019-src.eng.txt")),
            let ids = Fixtures.lines(folder.appendingPathComponent("DOCUMENT_IDS.tsv")),
            arabic.count == english.count, arabic.count == ids.count
        else { return nil }
        var documents: [[Int]] = []
        for (line, id) in ids.enumerated() {
            if line > 0, ids[line - 1] == id { documents[documents.count - 1].append(line) } else { documents.append([line]) }
        }
        return Corpus(arabic: arabic, english: english, documents: documents)
    }

    @Test func readsTheCorpusWithCRLFLines() throws {
        let corpus = try #require(Self.corpus())
        #expect(corpus.arabic.count == 1997)
        #expect(corpus.documents.count == 123)
        #expect(!corpus.arabic.contains { $0.hasSuffix("\r") })
    }

    @Test func alignsPerturbedHeldOutDocumentsWithStrictBeadF1AboveNinetyFivePercent() throws {
        let corpus = try #require(Self.corpus())
        let heldOut = corpus.documents[(corpus.documents.count / 2)...].flatMap { $0 }
        let aligner = SentenceAligner()
        var totals = (matched: 0, predicted: 0, gold: 0)
        for round in 0..<3 {
            var roundTotals = (matched: 0, predicted: 0, gold: 0)
            for (chunk, start) in stride(from: 0, to: heldOut.count, by: 40).enumerated() {
                let lines = heldOut[start..<min(start + 40, heldOut.count)]
                let task = ParallelPerturbation(seed: 2019 &+ UInt64(chunk) &+ 1000 &* UInt64(round)).apply(
                    arabic: lines.map { corpus.arabic[$0] }, english: lines.map { corpus.english[$0] })
                let counts = BeadScore.matchCounts(
                    predicted: aligner.align(arabic: task.arabic, english: task.english), gold: task.gold)
                roundTotals = (roundTotals.matched + counts.matched, roundTotals.predicted + counts.predicted,
                               roundTotals.gold + counts.gold)
            }
            print("NTREX held-out half, seed round \(round): strict bead F1 "
                + "\(BeadScore.f1(matched: roundTotals.matched, predicted: roundTotals.predicted, gold: roundTotals.gold))")
            totals = (totals.matched + roundTotals.matched, totals.predicted + roundTotals.predicted,
                      totals.gold + roundTotals.gold)
        }
        let f1 = BeadScore.f1(matched: totals.matched, predicted: totals.predicted, gold: totals.gold)
        print("NTREX held-out half: strict bead F1 \(f1) (\(totals.matched) of \(totals.predicted) predicted, \(totals.gold) gold)")
        #expect(f1 >= 0.95)
    }
}
