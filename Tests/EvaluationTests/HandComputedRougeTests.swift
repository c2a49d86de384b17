import Testing
@testable import Evaluation

/// Scores worked out on paper (each comment shows the count), then checked by the code.
@Suite struct HandComputedRougeTests {
    let rouge = RougeScorer(
        metrics: [.rouge1, .rouge2, .rougeL, .rougeLsum], tokenizer: EnglishRougeTokenizer(stemming: false)
    )


    /// Candidate: the cat sat on the mat (6 tokens); reference: the cat is on the mat (6).
    /// Unigrams: the ×2 both sides → 2, cat 1, on 1, mat 1 → 5 matches: P = R = F = 5/6.
    /// Bigrams: (the cat) (cat sat) (sat on) (on the) (the mat) against (the cat) (cat is)
    /// (is on) (on the) (the mat) → 3 shared of 5 each: P = R = F = 3/5.
    /// LCS: the cat on the mat = 5: P = R = F = 5/6.
    @Test func countsUnigramsBigramsAndTheLCS() {
        let scores = rouge.score(candidate: "The cat sat on the mat.", reference: "the cat is on the mat")
        expectScore(scores[.rouge1], 5.0 / 6, 5.0 / 6, 5.0 / 6)
        expectScore(scores[.rouge2], 3.0 / 5, 3.0 / 5, 3.0 / 5)
        expectScore(scores[.rougeL], 5.0 / 6, 5.0 / 6, 5.0 / 6)
    }

    /// Candidate 'the' ×4 against reference 'the cat': the candidate's count is clipped to the
    /// reference's one 'the', so 1 match: P = 1/4, R = 1/2, F = 2·(1/4)(1/2)/(3/4) = 1/3.
    @Test func clipsRepeatedNGramsToTheReferenceCount() {
        let scores = rouge.score(candidate: "the the the the", reference: "the cat")
        expectScore(scores[.rouge1], 0.25, 0.5, 1.0 / 3)
    }

    /// Lin (2004) §3.1: reference 'police killed the gunman'. 'police kill the gunman' shares
    /// the subsequence police-the-gunman (3 of 4); 'the gunman kill police' only the-gunman (2
    /// of 4), though both have the same bigram 'the gunman'.
    @Test func scoresLinsSentenceLevelLCSExample() {
        let reference = "police killed the gunman"
        let close = rouge.score(candidate: "police kill the gunman", reference: reference)
        let reversed = rouge.score(candidate: "the gunman kill police", reference: reference)
        expectScore(close[.rougeL], 0.75, 0.75, 0.75)
        expectScore(reversed[.rougeL], 0.5, 0.5, 0.5)
    }

    /// Lin (2004) §3.2: reference sentence w1 w2 w3 w4 w5, candidate sentences w1 w2 w6 w7 w8
    /// and w1 w3 w8 w9 w5. LCS with the first is w1 w2, with the second w1 w3 w5; their union
    /// is w1 w2 w3 w5, 4 hits. Recall 4/5, precision 4/10 candidate tokens,
    /// F = 2·0.4·0.8/1.2 = 8/15. Plain rougeL over the whole text finds only w1 w2 w3 w5 too,
    /// but against 10 candidate tokens in one sequence.
    @Test func scoresLinsUnionLCSExample() {
        let scores = rouge.score(candidate: "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", reference: "w1 w2 w3 w4 w5")
        expectScore(scores[.rougeLsum], 0.4, 0.8, 8.0 / 15)
    }

    /// rouge-score counts a union-LCS token only while both summaries have an unused copy.
    /// Reference 'a b' / candidate 'a b' twice: the one reference sentence unions to a b,
    /// 2 hits: R = 2/2, P = 2/4. Swapped, each reference line unions to a b, but the candidate
    /// has one a and one b, so the second line adds nothing: 2 hits, R = 2/4, P = 2/2 (the
    /// paper's plain sum would give 4 hits and a precision of 2).
    @Test func countsEachUnionTokenAtMostAsOftenAsItOccurs() {
        expectScore(rouge.score(candidate: "a b\na b", reference: "a b")[.rougeLsum], 0.5, 1, 2.0 / 3)
        expectScore(rouge.score(candidate: "a b", reference: "a b\na b")[.rougeLsum], 1, 0.5, 2.0 / 3)
    }

    /// Lines split on U+000A only, as Python's split("\n"): "\r\n" still ends a line.
    @Test func splitsLinesOnLineFeedEvenAfterCarriageReturn() {
        let scores = rouge.score(candidate: "b a\r\nc", reference: "a\r\nb\r\nc")
        // Reference lines a | b | c; candidate lines 'b a' | c. Unions: a, b, c → 3 hits of 3 each.
        expectScore(scores[.rougeLsum], 1, 1, 1)
        // Over the whole text, LCS of a b c and b a c is 2 (a c or b c).
        expectScore(scores[.rougeL], 2.0 / 3, 2.0 / 3, 2.0 / 3)
    }

    @Test(arguments: [
        ("", "the minister"), ("the minister", ""), ("", ""), ("!!! ...", "the minister"), ("\n\n", "a\nb"),
    ])
    func scoresAnEmptySideAsZeroNeverNaN(candidate: String, reference: String) {
        let scores = rouge.score(candidate: candidate, reference: reference)
        #expect(scores.count == 4)
        for score in scores.values {
            #expect(score == .zero)
            #expect(!score.precision.isNaN && !score.recall.isNaN && !score.f.isNaN)
        }
    }

    /// Candidate 'a b c' against 'a b c d' (P 1, R 3/4, F 6/7) and 'a x' (P 1/3, R 1/2, F 2/5):
    /// max takes the first; mean is P (1 + 1/3)/2 = 2/3, R (3/4 + 1/2)/2 = 5/8, F (6/7 + 2/5)/2.
    @Test func combinesReferencesByMaxAndByMean() {
        let references = ["a b c d", "a x"]
        let best = rouge.score(candidate: "a b c", references: references, combination: .max)
        let mean = rouge.score(candidate: "a b c", references: references, combination: .mean)
        expectScore(best[.rouge1], 1, 0.75, 6.0 / 7)
        expectScore(mean[.rouge1], 2.0 / 3, 5.0 / 8, (6.0 / 7 + 0.4) / 2)
    }

    /// 'a b' against 'a b c d' (P 1, R 1/2, F 2/3) and 'a' (P 1/2, R 1, F 2/3): equal F, so max
    /// keeps the first reference's precision and recall, as numpy's argmax does.
    @Test func keepsTheFirstReferenceOnATie() {
        let best = rouge.score(candidate: "a b", references: ["a b c d", "a"], combination: .max)
        expectScore(best[.rouge1], 1, 0.5, 2.0 / 3)
    }

    @Test func scoresNoReferencesAsZero() {
        let scores = rouge.score(candidate: "a b", references: [])
        #expect(scores.count == 4 && scores.values.allSatisfy { $0 == .zero })
    }

    /// rouge4 over 'a b c d e' and 'a b c d x': 4-grams abcd, bcde vs abcd, bcdx → 1 of 2.
    @Test func scoresAnyNGramOrder() throws {
        let metric = try RougeMetric(ngramOrder: 4)
        let rouge4 = RougeScorer(metrics: [metric], tokenizer: EnglishRougeTokenizer(stemming: false))
        let score = rouge4.score(candidate: "a b c d e", reference: "a b c d x")[metric]
        expectScore(score, 0.5, 0.5, 0.5)
    }

    /// With a vocabulary too large to pack 12-grams into 64 bits, n-grams are keyed by slice.
    @Test func countsLongNGramsOverALargeVocabulary() throws {
        let words = (0..<400).map { "w\($0)" }
        let reference = words.joined(separator: " ")
        let candidate = (words.prefix(200) + ["x"] + words.dropFirst(200)).joined(separator: " ")
        let metric = try RougeMetric(ngramOrder: 12)
        let score = RougeScorer(metrics: [metric], tokenizer: EnglishRougeTokenizer(stemming: false))
            .score(candidate: candidate, reference: reference)[metric]
        // 389 reference 12-grams; the inserted x breaks the 11 that would span positions 199|200.
        let (precision, recall) = (378.0 / 390, 378.0 / 389)
        expectScore(score, precision, recall, 2 * precision * recall / (precision + recall))
    }
}
