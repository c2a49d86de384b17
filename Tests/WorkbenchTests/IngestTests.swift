import ArabicText
import Foundation
import GRDB
import Summarization
import Testing
import TestSupport
@testable import Workbench

@Suite struct IngestTests {
    @Test func storesArticlesWithTheirSentencesAndTranslation() throws {
        let scratch = Scratch()
        scratch.write("feed/a.txt", Articles.frontMatter(slug: "visit"))
        scratch.write("feed/a.en.txt", "The foreign minister arrived in Baghdad on Sunday.\n")
        let store = try scratch.store()
        let report = try store.ingest([scratch.path("feed")])
        #expect(report.added == 1 && report.rejected.isEmpty && report.sentences == 2)
        let documents = try store.documents()
        #expect(documents.map(\.slug) == ["visit"])
        #expect(documents.first?.date == "2024-03-10" && documents.first?.hasTranslation == true)
        #expect(documents.first?.source == "وكالة الاختبار" && documents.first?.title == "اجتماع في بغداد")
        let sentences = try store.sentences(ofSlug: "visit")
        #expect(sentences.map(\.text) == [
            "وصل وزير الخارجية إلى بغداد صباح الأحد في زيارة رسمية.",
            "وقال الوزير إن المحادثات تناولت أمن الحدود والتعاون الاقتصادي.",
        ])
    }

    @Test func reingestingUnchangedFilesChangesNothing() throws {
        let scratch = Scratch()
        scratch.write("feed/a.txt", Articles.frontMatter(slug: "a"))
        scratch.write("feed/b.txt", Articles.frontMatter(slug: "b"))
        let store = try scratch.store()
        _ = try store.ingest([scratch.path("feed")])
        let again = try store.ingest([scratch.path("feed")])
        #expect(again.added == 0 && again.updated == 0 && again.unchanged == 2 && again.sentences == 0)
        #expect(try store.documents().count == 2)
    }

    @Test func aChangedFileReplacesItsDocument() throws {
        let scratch = Scratch()
        let file = scratch.write("feed/a.txt", Articles.frontMatter(slug: "a"))
        let store = try scratch.store()
        _ = try store.ingest([file])
        scratch.write("feed/a.txt", Articles.frontMatter(slug: "a", body: "أعلنت الحكومة خطة جديدة للكهرباء."))
        let report = try store.ingest([file])
        #expect(report.updated == 1 && report.added == 0)
        #expect(try store.sentences(ofSlug: "a").map(\.text) == ["أعلنت الحكومة خطة جديدة للكهرباء."])
        // The search index follows: the old text is gone, the new one is found.
        #expect(try store.search("بغداد").isEmpty)
        #expect(try store.search("الكهرباء").count == 1)
    }

    /// Re-ingesting an article with an English version replaces its parallel units, and the
    /// memory's index (which keeps no copy of their text) forgets the old ones.
    @Test func aChangedParallelArticleLeavesNoOldUnitsInTheMemoryIndex() throws {
        let scratch = Scratch()
        let file = scratch.write("feed/a.txt", Articles.frontMatter(slug: "a"))
        scratch.write("feed/a.en.txt", "The foreign minister arrived in Baghdad on Sunday.\nThe minister said the talks covered border security.\n")
        let store = try scratch.store()
        _ = try store.ingest([scratch.path("feed")])
        #expect(try store.memoryCount() > 0)
        #expect(try !store.memoryCandidates(for: "وصل وزير الخارجية إلى بغداد").isEmpty)
        scratch.write("feed/a.txt", Articles.frontMatter(slug: "a", body: "أعلنت الحكومة خطة جديدة للكهرباء."))
        scratch.write("feed/a.en.txt", "The government announced a new electricity plan.\n")
        #expect(try store.ingest([file]).updated == 1)
        #expect(try store.memoryCandidates(for: "وصل وزير الخارجية إلى بغداد").isEmpty)
        #expect(try store.memoryCandidates(for: "أعلنت الحكومة خطة للكهرباء").count == 1)
        try store.database.write { db in
            try db.execute(sql: "INSERT INTO translation_unit_search (translation_unit_search) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO sentence_search (sentence_search) VALUES ('integrity-check')")
        }
    }

    @Test func keepsEveryGoodFileOfABatchWithBadOnes() throws {
        let scratch = Scratch()
        scratch.write("feed/1-good.txt", Articles.frontMatter(slug: "good-1"))
        scratch.write("feed/2-bad-utf8.txt", Data([0xD8, 0xA7, 0x0A, 0xFF, 0xFE]))
        scratch.write("feed/3-good.txt", Articles.frontMatter(slug: "good-2"))
        scratch.write("feed/4-empty.txt", "")
        scratch.write("feed/5-unclosed.txt", "---\nslug: x\ndate: 2024-03-10\nنص بلا نهاية للمقدمة.\n")
        scratch.write("feed/6-good.txt", Articles.frontMatter(slug: "good-3"))
        let store = try scratch.store()
        let report = try store.ingest([scratch.path("feed"), scratch.path("missing")])
        #expect(report.added == 3)
        #expect(report.rejected.count == 4)
        #expect(try store.documents().map(\.slug) == ["good-1", "good-2", "good-3"])
        #expect(report.rejected.map(\.description).contains("\(scratch.path("missing")): no such file or folder"))
    }

    @Test func readsJSONLinesAndReportsTheBadLine() throws {
        let scratch = Scratch()
        let lines = [
            #"{"id": "j1", "date": "2024-03-12", "source": "وكالة", "title": "عنوان", "text": "ارتفعت أسعار النفط اليوم.", "translation": "Oil prices rose today."}"#,
            "",
            #"{"id": "j2", "date": "2024-02-30", "text": "نص."}"#,
            #"{"id": "j3", "text": "صدر البيان في 5 أيار 2023 عن الوزارة."}"#,
            #"{"id": "j4", "text": "#,
        ]
        let file = scratch.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let store = try scratch.store()
        let report = try store.ingest([file])
        #expect(report.added == 2)
        #expect(report.rejected.map(\.description) == [
            "\(file):3: impossible date '2024-02-30', expected YYYY-MM-DD",
            "\(file):5: not valid JSON",
        ])
        let documents = try store.documents()
        #expect(documents.map(\.slug) == ["j3", "j1"])  // by date: 2023-05-05, then 2024-03-12
        #expect(documents.first { $0.slug == "j3" }?.date == "2023-05-05")
        #expect(documents.first { $0.slug == "j1" }?.hasTranslation == true)
    }

    @Test func namesTheLineOfAJSONLinesRecordThatIsNotUTF8() throws {
        let scratch = Scratch()
        var data = Data(#"{"id": "a", "text": "نص سليم."}"#.utf8 + [0x0A])
        data += Data(#"{"id": "b", "text": "نص "#.utf8) + Data([0xFF]) + Data(#""}"#.utf8 + [0x0A])
        let file = scratch.write("feed.jsonl", data)
        let report = try scratch.store().ingest([file])
        #expect(report.added == 1)
        // The 0xFF is byte 26 of line 2: 21 bytes of JSON, then "نص " in 5.
        #expect(report.rejected.map(\.description) == [
            "\(file):2: invalid UTF-8 at byte 26 of the line (0xFF), expected UTF-8 text",
        ])
    }

    @Test func datesRawTextFromTheOptionThenThePathThenTheText() throws {
        let scratch = Scratch()
        let raw = "قال المتحدث إن الاجتماع انتهى دون اتفاق.\n"
        let inPath = scratch.write("raw/2024/03/11/story.txt", raw)
        let inText = scratch.write("raw/other.txt", "أعلنت الوزارة، الثلاثاء 7 يناير/ كانون الثاني 2020، خطة جديدة.\n")
        let undated = scratch.write("raw/undated.txt", raw)
        let reader = CorpusReader()
        var articles: [Article] = []
        reader.forEachArticle(in: [inPath, inText, undated]) { if case .success(let a) = $0 { articles.append(a) } }
        #expect(articles.map { $0.date?.description ?? "none" } == ["2024-03-11", "2020-01-07", "none"])
        #expect(articles.map(\.slug) == ["story", "other", "undated"])
        var withOption: [Article] = []
        CorpusReader(date: CalendarDate(iso: "2024-01-01")).forEachArticle(in: [inPath]) {
            if case .success(let a) = $0 { withOption.append(a) }
        }
        #expect(withOption.first?.date?.description == "2024-01-01")
    }

    @Test func leavesNothingHalfWrittenWhenTheDatabaseRefuses() throws {
        let scratch = Scratch()
        scratch.write("a.txt", Articles.frontMatter(slug: "a"))
        let store = try scratch.store()
        // A trigger makes SQLite fail on the second sentence of the document.
        try store.database.write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON sentence WHEN NEW.position = 1 BEGIN SELECT RAISE(ABORT, 'disk full'); END")
        }
        #expect(throws: StoreError.self) { try store.ingest([scratch.path("a.txt")]) }
        let counts = try store.database.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? -1,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentence") ?? -1,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentence_search") ?? -1)
        }
        #expect(counts == (0, 0, 0))
    }
}


@Suite struct StoredTermStatisticsTests {
    /// The word statistics are counted once, kept, and counted again after a document changes;
    /// kept or fresh, they are what counting the documents gives.
    @Test func keepsDocumentFrequenciesUntilADocumentChanges() throws {
        let scratch = Scratch()
        scratch.write("feed/a.txt", Articles.frontMatter(slug: "a"))
        scratch.write("feed/b.txt", Articles.frontMatter(slug: "b", body: "أعلنت الحكومة خطة جديدة للكهرباء."))
        let store = try scratch.store()
        _ = try store.ingest([scratch.path("feed")])
        func kept() throws -> Int? {
            try store.database.read { db in try Int.fetchOne(db, sql: "SELECT documents FROM term_statistics") }
        }
        func counted() throws -> DocumentFrequencies {
            DocumentFrequencies(articles: try store.articles(on: nil).map(Briefing.plainArticle))
        }
        #expect(try kept() == nil)
        let first = try store.documentFrequencies()
        #expect(first.counts == (try counted()).counts && first.documentCount == 2)
        #expect(try kept() == 2)
        let again = try store.documentFrequencies()
        #expect(again.counts == first.counts && again.documentCount == 2)
        // A changed document: the kept statistics go, and the next count sees the new words.
        scratch.write("feed/b.txt", Articles.frontMatter(slug: "b", body: "ارتفعت أسعار النفط في الأسواق."))
        #expect(try store.ingest([scratch.path("feed")]).updated == 1)
        #expect(try kept() == nil)
        let after = try store.documentFrequencies()
        #expect(after.counts == (try counted()).counts)
        #expect(after.counts["نفط"] == 1 && after.counts["كهرباء"] == nil)
    }
}
