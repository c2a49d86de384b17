import Alignment
import Foundation
import GRDB
import Testing
import TestSupport
@testable import Workbench

/// A workbench written by an older build opens in this one with its documents, sentences and
/// memory still searchable.
@Suite struct MigrationTests {
    @Test func aVersionFourWorkbenchKeepsItsSearchableSentencesAndMemory() throws {
        let scratch = Scratch()
        let path = scratch.path("old.sqlite")
        // The workbench as schema 4 left it: index text in the FTS5 tables' own content.
        do {
            let queue = try DatabaseQueue(path: path)
            try Store.migrator.migrate(queue, upTo: "v4: memory vocabulary")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO document (id, slug, date, contentHash, text, ingestedAt)
                        VALUES (1, 'old', '2024-03-10', 'h', 'وصل الوزير إلى بغداد.', '2024-03-10T00:00:00Z');
                    INSERT INTO sentence (id, documentId, position, kind, text, key, start, "end")
                        VALUES (7, 1, 0, 'body', 'وصل الوزير إلى بغداد.', 'وصل الوزير الي بغداد.', 0, 21);
                    INSERT INTO sentence_search (rowid, stems) VALUES (7, 'وصل الوزير وزير الي بغداد');
                    INSERT INTO translation_unit (id, arabic, english, arabicKey, origin)
                        VALUES (3, 'ارتفعت أسعار النفط', 'Oil prices rose', 'ارتفعت اسعار النفط', 'imported');
                    INSERT INTO translation_unit_search (rowid, stems) VALUES (3, 'ارتفعت اسعار النفط نفط');
                    """)
            }
        }
        let store = try Store(path: path)
        #expect(try store.database.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == Store.schemaVersion)
        // The index text moved into the rows and the indexes were rebuilt from them.
        let hits = try store.search("الوزير")
        #expect(hits.map(\.slug) == ["old"] && hits.first?.text == "وصل الوزير إلى بغداد.")
        #expect(try store.memoryCandidates(for: "النفط").map(\.id) == [3])
        // The old unit's duplicate check found it: the same Arabic (another spelling of it)
        // and English is already in the memory; another English is a new unit.
        let again = try store.importMemory([
            TranslationUnit(arabic: "ارتفعت أسعارُ النفط", english: "Oil prices rose"),
            TranslationUnit(arabic: "ارتفعت أسعار النفط", english: "Oil prices went up"),
        ])
        #expect(again == MemoryImportReport(added: 1, unchanged: 1))
        // Re-ingesting the document under the same slug replaces it in the index too.
        scratch.write("feed/old.txt", Articles.frontMatter(slug: "old", body: "أعلنت الحكومة خطة جديدة للكهرباء."))
        let report = try store.ingest([scratch.path("feed")])
        #expect(report.updated == 1)
        #expect(try store.search("بغداد").isEmpty)
        #expect(try store.search("الكهرباء").map(\.slug) == ["old"])
        // The index holds exactly the rows' terms: FTS5's own check.
        try store.database.write { db in
            try db.execute(sql: "INSERT INTO sentence_search (sentence_search) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO translation_unit_search (translation_unit_search) VALUES ('integrity-check')")
        }
    }
}
