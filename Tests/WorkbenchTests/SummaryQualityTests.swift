import ArabicText
import Evaluation
import Foundation
import Summarization
import Terminology
import Testing
import TestSupport
@testable import Workbench

/// The summarizer against lead and random on the held-out reference summaries written for the
/// sample corpus (Tests/Fixtures/summaries): `dev` for tuning, `test` never tuned on.
enum HeldOut {
    struct Document {
        var slug: String
        var title: String
        var sentences: [String]
        var references: [String]
    }

    static func documents(split: String, store: Store) throws -> [Document] {
        let folder = SampleCorpus.root.appendingPathComponent("Tests/Fixtures/summaries/\(split)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        let slugs = Set(files.map { String($0.split(separator: ".")[0]) }).sorted()
        let articles = Dictionary(uniqueKeysWithValues: try store.articles(on: nil).map { ($0.slug, $0) })
        return try slugs.map { slug in
            let article = try #require(articles[slug], "no article \(slug) in the corpus")
            let references = try files.filter { $0.hasPrefix(slug + ".") }.sorted().map {
                try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
            }
            return Document(slug: slug, title: article.title ?? "",
                            sentences: article.sentences.filter { $0.kind == .body }.map(\.text), references: references)
        }
    }

    /// Mean ROUGE-1 and ROUGE-2 F of `ranker` under the EASC protocol (budget: the references'
    /// mean length), Arabic recipe without stemming.
    static func scores(_ documents: [Document], ranker: (Document) -> any SentenceRanker) throws -> (r1: Double, r2: Double) {
        let protocolRun = EASCProtocol(recipe: try RougeRecipe(language: .arabic, stemming: false))
        var r1 = 0.0, r2 = 0.0
        for document in documents {
            let result = protocolRun.evaluate(sentences: document.sentences, references: document.references,
                                              ranker: ranker(document))
            r1 += result.scores[.rouge1]?.f ?? 0
            r2 += result.scores[.rouge2]?.f ?? 0
        }
        return (r1 / Double(documents.count), r2 / Double(documents.count))
    }
}

@Suite(.serialized) struct SummaryQualityTests {
    static func measure(split: String) throws -> (dragoman: (r1: Double, r2: Double), lead: (r1: Double, r2: Double),
                                                  random: (r1: Double, r2: Double))
    {
        let scratch = Scratch()
        let store = try SampleCorpus.workbench(in: scratch)
        let documents = try HeldOut.documents(split: split, store: store)
        let matcher = TermMatcher(concepts: try store.concepts().map(\.concept))
        let summarizer = Summarizer(frequencies: try store.documentFrequencies())
        let dragoman = try HeldOut.scores(documents) { SummarizerRanker(summarizer: summarizer, matcher: matcher, title: $0.title) }
        let lead = try HeldOut.scores(documents) { _ in LeadRanker() }
        var random = (r1: 0.0, r2: 0.0)
        let seeds: [UInt64] = Array(1...20)
        for seed in seeds {
            let scores = try HeldOut.scores(documents) { _ in RandomRanker(seed: seed) }
            random.r1 += scores.r1 / Double(seeds.count)
            random.r2 += scores.r2 / Double(seeds.count)
        }
        print(String(format: "held-out %@ (%d articles): dragoman R1 %.3f R2 %.3f; lead R1 %.3f R2 %.3f; random(20 seeds) R1 %.3f R2 %.3f",
                     split, documents.count, dragoman.r1, dragoman.r2, lead.r1, lead.r2, random.r1, random.r2))
        return (dragoman, lead, random)
    }

    @Test func beatsLeadAndRandomOnTheTestSplit() throws {
        let result = try Self.measure(split: "test")
        #expect(result.dragoman.r1 > result.lead.r1)
        #expect(result.dragoman.r2 > result.lead.r2)
        #expect(result.dragoman.r1 > result.random.r1)
        #expect(result.dragoman.r2 > result.random.r2)
        // Floors a little under the measured 0.755 / 0.734 (2026-11-24, default weights), so a
        // regression shows even while the summarizer still beats the baselines.
        #expect(result.dragoman.r1 >= 0.72)
        #expect(result.dragoman.r2 >= 0.70)
    }

    @Test func devFigures() throws {
        _ = try Self.measure(split: "dev")
    }
}
