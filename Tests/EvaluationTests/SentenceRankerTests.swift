import Testing
@testable import Evaluation

@Suite struct SentenceRankerTests {
    let document = [
        "The minister resigned on Sunday.",
        "Heavy rain fell across the north of the country.",
        "Rescue teams searched for survivors after the floods.",
        "Officials said the floods killed twelve people in the north.",
        "The football league was suspended for two weeks.",
    ]
    let reference = "Floods in the north killed twelve people, officials said, as rescue teams searched for survivors."

    @Test func leadKeepsDocumentOrder() {
        #expect(LeadRanker().ranking(of: document) == [0, 1, 2, 3, 4])
        #expect(LeadRanker().ranking(of: []) == [])
    }

    @Test func randomIsAPermutationFixedBySeed() {
        let first = RandomRanker(seed: 7).ranking(of: document)
        #expect(first == RandomRanker(seed: 7).ranking(of: document))
        #expect(first.sorted() == [0, 1, 2, 3, 4])
        let orders = Set((0..<20).map { RandomRanker(seed: UInt64($0)).ranking(of: document) })
        #expect(orders.count > 1)
        #expect(RandomRanker(seed: 1).ranking(of: []) == [])
    }

    @Test func oracleReachesAtLeastLeadsRouge2() {
        let budget = WordBudget(words: 20)
        let rouge = RougeScorer(metrics: [.rouge2], tokenizer: EnglishRougeTokenizer(stemming: false))
        func rouge2(_ ranker: some SentenceRanker) -> Double {
            let summary = ranker.summary(of: document, budget: budget).joined(separator: "\n")
            return rouge.score(candidate: summary, reference: reference)[.rouge2]?.f ?? -1
        }
        let oracle = OracleRanker(references: [reference], budget: budget)
        #expect(rouge2(oracle) >= rouge2(LeadRanker()))
        #expect(rouge2(oracle) > 0)
        // Sentence 3 shares the most bigrams with the reference, so the oracle takes it first.
        #expect(oracle.ranking(of: document).first == 3)
    }

    /// References 'alpha beta gamma delta': no sentence shares a bigram, so ROUGE-1 decides.
    /// 'alpha x' and 'y gamma' both give unigram F 1/3 (P 1/2, R 1/4): the earlier wins. Adding
    /// 'y gamma' then lifts F to 1/2; adding 'z w' after that would drop it to 0.4, so it stops.
    @Test func oracleFallsBackToRouge1AndStopsWhenNothingHelps() {
        let oracle = OracleRanker(references: ["alpha beta gamma delta"], budget: WordBudget(words: 100))
        #expect(oracle.ranking(of: ["alpha x", "y gamma", "z w"]) == [0, 1])
    }

    @Test func oracleStopsAtTheBudget() {
        let oracle = OracleRanker(references: [reference], budget: WordBudget(words: 5))
        #expect(oracle.ranking(of: document).count == 1)
    }
}
