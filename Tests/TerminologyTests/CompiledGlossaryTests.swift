import Foundation
import Testing
import Terminology

/// A compiled glossary read back must match exactly as the glossary compiled afresh: every
/// gold sentence (all four match kinds, fuzzy included) and the seed-like sentences below, with
/// the gold glossary and the repository's own; damaged or foreign bytes are refused, never read.
@Suite struct CompiledGlossaryTests {
    let gold: [Concept]
    let sentences: [String]

    init() throws {
        gold = try GlossaryReader.read(try GoldStandardTests.fixture("glossary.tsv"), format: .tsv).map(\.concept)
        let decoder = JSONDecoder()
        sentences = try GoldStandardTests.fixture("sentences.jsonl").split(separator: "\n").map {
            try decoder.decode(GoldSentence.self, from: Data($0.utf8)).text
        }
    }

    private func roundTrip(_ matcher: TermMatcher, source: UInt64 = 42) throws -> TermMatcher {
        let bytes = CompiledGlossary.bytes(of: matcher, source: source)
        return try bytes.withUnsafeBytes { try CompiledGlossary.matcher(from: $0, source: source) }
    }

    @Test func theGoldGlossaryMatchesTheSameReadBack() throws {
        let fresh = TermMatcher(concepts: gold)
        let read = try roundTrip(fresh)
        // Matched first: each match's English and Arabic form are read from the compiled
        // bytes, before anything decodes the concepts.
        var kinds: Set<TermMatch.Kind> = []
        var variants = 0
        for sentence in sentences {
            let expected = fresh.matches(in: sentence)
            #expect(read.matches(in: sentence) == expected, "\(sentence)")
            kinds.formUnion(expected.map(\.kind))
            variants += expected.filter { match in gold[match.conceptIndex].arabic != match.arabic }.count
        }
        // The comparison covers every kind of match, the fuzzy tables included, and matches
        // of Arabic variants (a form past the first).
        #expect(kinds == Set(TermMatch.Kind.allCases))
        #expect(variants > 0)
        #expect(read.conceptCount == gold.count)
        #expect(read.concepts == gold)
    }

    @Test func theRepositoryGlossaryMatchesTheSameReadBack() throws {
        let tsv = try #require(Fixtures.optionalText("glossary/news.tsv"))
        let concepts = try GlossaryReader.read(tsv, format: .tsv).map(\.concept)
        let fresh = TermMatcher(concepts: concepts)
        let read = try roundTrip(fresh)
        #expect(read.concepts == concepts)
        for sentence in sentences + ["قال متحدث باسم الخارجية الأميركية لرويترز إن الولايت المتحدة ستسحب قواتها من العراق"] {
            #expect(read.matches(in: sentence) == fresh.matches(in: sentence), "\(sentence)")
        }
    }

    @Test func keepsEveryFieldOfEveryConcept() throws {
        let concepts = [
            Concept(english: "Islamic State", arabic: "تنظيم الدولة الإسلامية", arabicVariants: ["داعش", ""],
                    englishVariants: ["ISIS", "Daesh"], domain: "org", note: "سطر\nجديد \"مقتبس\"", status: .deprecated),
            Concept(english: "e\u{301}", arabic: "بغداد", status: .proposed),
        ]
        #expect(try roundTrip(TermMatcher(concepts: concepts)).concepts == concepts)
        #expect(try roundTrip(TermMatcher(concepts: [])).concepts.isEmpty)
    }

    @Test func writesTheSameBytesEveryTime() {
        // No uninitialised padding: two compilations of one glossary write identical bytes.
        let first = CompiledGlossary.bytes(of: TermMatcher(concepts: gold), source: 3)
        let second = CompiledGlossary.bytes(of: TermMatcher(concepts: gold), source: 3)
        #expect(first == second)
    }

    @Test func bytesForAnotherSourceAreStale() throws {
        let bytes = CompiledGlossary.bytes(of: TermMatcher(concepts: gold), source: 1)
        #expect(throws: CompiledGlossaryError.stale) {
            try bytes.withUnsafeBytes { try CompiledGlossary.matcher(from: $0, source: 2) }
        }
    }

    @Test func damagedOrShortBytesAreRefused() throws {
        let bytes = CompiledGlossary.bytes(of: TermMatcher(concepts: gold), source: 7)
        // One byte changed anywhere past the label: the digest no longer matches.
        for position in stride(from: 16, to: bytes.count, by: max(1, bytes.count / 97)) {
            var damaged = bytes
            damaged[position] ^= 0x10
            #expect(throws: CompiledGlossaryError.self) {
                try damaged.withUnsafeBytes { try CompiledGlossary.matcher(from: $0, source: 7) }
            }
        }
        // Cut short anywhere: refused (the last eight bytes are then not the digest).
        for length in [0, 8, 23, 24, bytes.count / 2, bytes.count - 1] {
            let short = Array(bytes.prefix(length))
            #expect(throws: CompiledGlossaryError.self) {
                try short.withUnsafeBytes { try CompiledGlossary.matcher(from: $0, source: 7) }
            }
        }
    }
}
