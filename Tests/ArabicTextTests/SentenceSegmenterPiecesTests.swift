import Testing
@testable import ArabicText

/// A long text cut in pieces on several cores must give exactly the sentences of one cut:
/// same texts, kinds, offsets and indexes, whatever falls at the pieces' edges.
@Suite struct SentenceSegmenterPiecesTests {
    let segmenter = SentenceSegmenter()

    /// A deterministic generator (64-bit LCG), so a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    /// Lines of real Arabic mixed with what crosses line breaks: abbreviations and initials
    /// ending a line, closing quotes and brackets starting one, blank and white lines, CR LF,
    /// quotations left open.
    static func trapText(lines count: Int, seed: UInt64) -> String {
        var random = Generator(state: seed)
        let words = Fixtures.realLines().flatMap { $0.split(separator: " ").map(String.init) }
        let endings = [".", " د.", " U.S.", " إتش.", "؟", "!", " ..", "،", "", ":", " أ.", " (", " \"", " «", "."]
        let openings = ["", "", "» ", "” ", ") ", "\" ", ". ", "«", "(", " ", "\t", "", ""]
        var lines: [String] = []
        for _ in 0..<count {
            let roll = Int.random(in: 0..<100, using: &random)
            var line: String
            if roll < 5 {
                line = ""
            } else if roll < 8 {
                line = "   "
            } else {
                let length = Int.random(in: 1...30, using: &random)
                line = openings.randomElement(using: &random)!
                    + (0..<length).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
                    + endings.randomElement(using: &random)!
            }
            if Int.random(in: 0..<10, using: &random) == 0 { line += "\r" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: [2, 3, 7, 16, 64])
    func piecesGiveTheSentencesOfOneCut(pieces: Int) throws {
        for seed: UInt64 in [1, 2, 3] {
            let text = Self.trapText(lines: 1_500, seed: seed)
            let whole = segmenter.sentencesInOnePiece(text)
            let cut = try #require(segmenter.sentencesInPieces(text, pieces: pieces), "no safe place to cut (seed \(seed))")
            #expect(cut.count == whole.count)
            #expect(cut == whole, "seed \(seed): first difference at \(Array(zip(cut, whole)).firstIndex { $0.0 != $0.1 } ?? -1)")
        }
    }

    @Test func linesThatAllRunOnAreNeverCut() {
        // Every line ends in an abbreviation: each sentence runs into the next line.
        let text = Array(repeating: "التقى الوزير مع د.", count: 400).joined(separator: "\n") + "\nوانتهى اللقاء."
        #expect(segmenter.sentencesInPieces(text, pieces: 4) == nil)
        #expect(segmenter.sentences(in: text) == segmenter.sentencesInOnePiece(text))
    }

    @Test func aClosingQuoteStartingALineStaysWithItsSentence() throws {
        // The quote that opens each second line closes the sentence of the line before it.
        let pair = "قال المتحدث: \"انتهت المحادثات.\n\" ثم غادر القاعة."
        let text = Array(repeating: pair, count: 300).joined(separator: "\n")
        let whole = segmenter.sentencesInOnePiece(text)
        #expect(try #require(segmenter.sentencesInPieces(text, pieces: 5)) == whole)
    }

    @Test func theLongTextPathIsTheOneCut() throws {
        let text = Self.trapText(lines: 12_000, seed: 9)
        #expect(text.utf8.count >= SentenceSegmenter.shortestTextInPieces)
        let whole = segmenter.sentencesInOnePiece(text)
        #expect(try #require(segmenter.sentencesInPieces(text, pieces: 2)) == whole)
        #expect(segmenter.sentences(in: text) == whole)  // in pieces when the machine has cores
    }
}
