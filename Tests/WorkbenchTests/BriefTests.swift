import Alignment
import ArabicText
import Foundation
import Summarization
import Terminology
import Testing
import TestSupport
@testable import Workbench

/// The repository's own sample corpus and glossary (not ../shared: these ship with the repo).
enum SampleCorpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A workbench holding `corpora/` and `glossary/news.tsv`, in a scratch folder.
    static func workbench(in scratch: Scratch) throws -> Store {
        let store = try Store(path: scratch.path("sample.sqlite"))
        _ = try store.importGlossary(files: [root.appendingPathComponent("glossary/news.tsv").path])
        let report = try store.ingest([root.appendingPathComponent("corpora").path])
        #expect(report.rejected.isEmpty)
        return store
    }
}

@Suite struct BriefTests {
    /// Sentence pairs of the sample corpus's synonym-spun copy, checked by reading them:
    /// (sentence of rasid-iraq-coalition-timetable, the same sentence in sada-iraq-coalition-timetable).
    static let spunPairs = [(0, 0), (2, 3), (3, 4), (4, 6), (7, 8), (11, 12), (12, 13)]

    static func stems(_ text: String) -> Set<String> {
        Set(Tokenizer().tokens(in: text).filter(\.isWord).map(\.key).filter { !StopWords.arabic.contains($0) }
            .map { LightStemmer().stem(of: $0) })
    }

    @Test(arguments: [SummaryBudget.sentences(3), .sentences(10), .words(120)])
    func noTwoItemsOfADayRepeatEachOther(budget: SummaryBudget) throws {
        let scratch = Scratch()
        let store = try SampleCorpus.workbench(in: scratch)
        let matcher = TermMatcher(concepts: try store.concepts().map(\.concept))
        for day in ["2024-03-10", "2024-03-11", "2024-03-12"] {
            let brief = try #require(try store.brief(on: CalendarDate(iso: day), budget: budget, matcher: matcher))
            #expect(brief.date == day)
            let items = brief.stories.flatMap(\.items)
            #expect(!items.isEmpty)
            let chosen = Set(items.map { "\($0.document)#\($0.sentence)" })
            for (original, spun) in Self.spunPairs {
                #expect(!(chosen.contains("rasid-iraq-coalition-timetable#\(original)")
                    && chosen.contains("sada-iraq-coalition-timetable#\(spun)")), "spun pair \(original)/\(spun) on \(day)")
            }
            for (i, a) in items.enumerated() {
                for b in items[(i + 1)...] {
                    let x = Self.stems(a.arabic), y = Self.stems(b.arabic)
                    let jaccard = Double(x.intersection(y).count) / Double(max(1, x.union(y).count))
                    #expect(jaccard < 0.5, "\(a.document)#\(a.sentence) and \(b.document)#\(b.sentence): \(jaccard)")
                }
            }
            for item in items {
                #expect(item.sources.first == SentenceReference(article: item.document, sentence: item.sentence))
                #expect((item.english == nil) == (item.englishOrigin == nil))
            }
        }
    }

    @Test func theSpunCopyIsCitedBesideItsOriginal() throws {
        let scratch = Scratch()
        let store = try SampleCorpus.workbench(in: scratch)
        let matcher = TermMatcher(concepts: try store.concepts().map(\.concept))
        let brief = try #require(try store.brief(on: CalendarDate(iso: "2024-03-10"), budget: .sentences(10), matcher: matcher))
        let cited = brief.stories.flatMap(\.items).map { Set($0.sources.map(\.article)) }
        #expect(cited.contains { $0.contains("rasid-iraq-coalition-timetable") && $0.contains("sada-iraq-coalition-timetable") })
        // One story for the Iraq reports, another for the Egyptian pound: never mixed.
        for story in brief.stories {
            let topics = Set(story.documents.map { $0.slug.contains("iraq") ? "iraq" : "egypt" })
            #expect(topics.count == 1, "\(story.documents.map(\.slug))")
        }
    }

    @Test func glossesNameTheGlossaryConceptsOfTheSentence() throws {
        let briefing = Briefing(matcher: TermMatcher(concepts: [
            Concept(english: "Baghdad", arabic: "بغداد"), Concept(english: "US-led coalition", arabic: "التحالف الدولي"),
        ]))
        let article = briefing.sourceArticle(id: "a", text: "أعلن التحالف الدولي ببغداد انسحاب قواته. وقال مسؤول إن القرار نهائي.")
        #expect(article.sentences.map(\.concepts) == [[0, 1], []])
        let items = briefing.summary(of: article, budget: .sentences(2))
        #expect(items.map(\.english) == ["US-led coalition; Baghdad", nil])
        #expect(items.map(\.englishOrigin) == [.gloss, nil])
    }
}

@Suite struct ParallelIngestTests {
    @Test func ingestPairsArticlesWithTheirEnglishVersion() throws {
        let scratch = Scratch()
        let store = try SampleCorpus.workbench(in: scratch)
        let translations = try store.parallelTranslations(ofSlug: "rasid-iraq-coalition-timetable")
        let sentences = try store.sentences(ofSlug: "rasid-iraq-coalition-timetable")
        // The lead sentence (after the title lines) pairs with the English lead.
        let lead = try #require(sentences.first { $0.text.hasPrefix("بغداد - أعلن مكتب رئيس الوزراء") })
        let english = try #require(translations[lead.index])
        #expect(english.english.hasPrefix("BAGHDAD – The office of Iraqi Prime Minister Mohammed Shia al-Sudani"))
        #expect(english.origin == .parallel)
        // The Latin tag line has no English counterpart.
        let tags = try #require(sentences.first { $0.kind == .metadata })
        #expect(translations[tags.index] == nil)
        // An article without an English version has no pairs.
        #expect(try store.parallelTranslations(ofSlug: "sada-iraq-coalition-timetable").isEmpty)
    }

    @Test func theBriefUsesTheParallelTranslation() throws {
        let scratch = Scratch()
        let store = try SampleCorpus.workbench(in: scratch)
        let matcher = TermMatcher(concepts: try store.concepts().map(\.concept))
        let brief = try #require(try store.brief(on: CalendarDate(iso: "2024-03-12"), budget: .sentences(3), matcher: matcher))
        let items = brief.stories.flatMap(\.items)
        let parallel = items.filter { $0.englishOrigin == .parallel }
        #expect(parallel.count >= items.count / 2)
        // horn-darfur-displaced-await-aid's raw file has an English sibling too.
        #expect(items.contains { $0.document == "horn-darfur-displaced-await-aid" && $0.englishOrigin == .parallel })
    }
}

@Suite struct MemoryInBriefTests {
    @Test func aSentenceWithoutParallelTranslationTakesTheMemorysMatch() throws {
        let scratch = Scratch()
        let store = try scratch.store()
        scratch.write("feed/a.txt", Articles.frontMatter(slug: "a"))
        #expect(try store.ingest([scratch.path("feed")]).added == 1)
        _ = try store.importMemory([Alignment.TranslationUnit(
            arabic: "وصل وزير الخارجية إلى بغداد صباح الأحد في زيارة رسمية.",
            english: "The foreign minister arrived in Baghdad on Sunday morning on an official visit.")])
        let brief = try #require(try store.brief(on: CalendarDate(iso: "2024-03-10"), budget: .sentences(2),
                                                 matcher: TermMatcher(concepts: [])))
        let items = brief.stories.flatMap(\.items)
        let lead = try #require(items.first { $0.arabic.hasPrefix("وصل وزير الخارجية") })
        #expect(lead.englishOrigin == .memory)
        #expect(lead.english == "The foreign minister arrived in Baghdad on Sunday morning on an official visit.")
        // The other sentence has no translation and no glossary term: no English.
        #expect(items.filter { $0.englishOrigin == nil }.count == 1)
    }
}

@Suite struct StoryHeadlineTests {
    func story(title: String?, arabic: String) -> BilingualStory {
        BilingualStory(
            id: 0, weight: 1, documents: [BriefDocument(slug: "raw-file", source: nil, title: title, date: nil)],
            items: [BilingualItem(document: "raw-file", sentence: 0, arabic: arabic, english: nil, englishOrigin: nil,
                                  score: 1, sources: [])])
    }

    @Test func aStoryIsHeadedByItsTitleElseItsFirstWords() {
        #expect(story(title: "عنوان الخبر", arabic: "نص").headline == "عنوان الخبر")
        // Twelve words ("أحد عشر" is two) stand whole; fourteen keep their first twelve.
        let long = "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر"
        #expect(story(title: nil, arabic: long).headline == long)
        let longer = long + " ثلاثة عشر"
        #expect(story(title: "", arabic: longer).headline == long + " …")
    }
}

@Suite struct SummariesOnAllCoresTests {
    /// Summarising many articles as they are read, on all cores, gives each the summary it
    /// has alone.
    @Test func givesEachArticleItsOwnSummaryInOrder() throws {
        let matcher = TermMatcher(concepts: [])
        let briefing = Briefing(matcher: matcher, summarizer: Summarizer())
        let folder = SampleCorpus.root.appendingPathComponent("corpora/news").path
        let together = try ArticleFiles.read([folder]) { briefing.summary(of: $0, budget: .sentences(3)) }
        let articles = try ArticleFiles.read([folder])
        #expect(articles.count >= 4)
        let alone = articles.map { article in
            briefing.summary(of: briefing.sourceArticle(id: article.slug, text: article.text, title: article.title ?? "",
                                                        source: article.source ?? ""),
                             budget: .sentences(3))
        }
        #expect(together.map { $0.map(\.arabic) } == alone.map { $0.map(\.arabic) })
        #expect(together.map { $0.first?.document } == articles.map(\.slug))
    }
}
