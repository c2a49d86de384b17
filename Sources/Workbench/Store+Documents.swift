import ArabicText
import Foundation
import GRDB

/// A stored document, as listed by `dragoman documents`.
public struct DocumentSummary: Sendable, Equatable, Codable {
    public var slug: String
    public var date: String?
    public var source: String?
    public var title: String?
    public var sentences: Int
    public var hasTranslation: Bool
}

/// A stored sentence with its document.
public struct StoredSentence: Sendable, Equatable {
    public var slug: String
    public var index: Int
    public var kind: Sentence.Kind
    public var text: String
    public var start: Int
    public var end: Int
}

/// What ingesting one article did.
public enum StoreOutcome: String, Sendable {
    case added, updated, unchanged
}

extension Store {
    /// Creating a formatter costs more than storing a short article: make it once.
    nonisolated(unsafe) static let timestamp = ISO8601DateFormatter()

    /// The id and content hash of the document stored under a slug, if there is one.
    static func storedDocument(slug: String, in db: Database) throws -> (id: Int64, contentHash: String)? {
        let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, contentHash FROM document WHERE slug = ?"), arguments: [slug])
        return row.map { ($0["id"], $0["contentHash"]) }
    }

    /// Stores an article, its sentences and the translation units paired from its English
    /// version, replacing an older version, inside the caller's transaction.
    /// `replacing` is the id of the document stored under the same slug, if any.
    static func store(
        _ article: Article, hash: String, sentences: [AnalysedSentence], units: [ParallelUnit] = [], at now: String,
        replacing existing: Int64?, in db: Database
    ) throws -> StoreOutcome {
        var outcome = StoreOutcome.added
        // The corpus changes: its cached word statistics no longer hold.
        try db.cachedStatement(sql: "DELETE FROM term_statistics").execute()
        if let existing {
            // Its sentences and parallel units go with it, and triggers take them out of the indexes.
            try db.cachedStatement(sql: "DELETE FROM document WHERE id = ?").execute(arguments: [existing])
            outcome = .updated
        }
        // Statements prepared once per connection: preparing them for each of thousands of
        // articles was a tenth of ingest.
        try db.cachedStatement(sql: """
            INSERT INTO document (slug, date, source, title, url, language, contentHash, path, text, translation, ingestedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                article.slug, article.date?.description, article.source, article.title, article.url,
                article.language, hash, article.path, article.text, article.translation, now,
            ])
        let documentId = db.lastInsertedRowID
        let insertSentence = try db.cachedStatement(sql: """
            INSERT INTO sentence (documentId, position, kind, text, key, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        // The index keeps no copy of its text (contentless, see the schema).
        let insertSearch = try db.cachedStatement(sql: "INSERT INTO sentence_search (rowid, stems) VALUES (?, ?)")
        for analysed in sentences {
            let sentence = analysed.sentence
            try StatementBinding.run(insertSentence, in: db) { row in
                row.bind(documentId)
                row.bind(sentence.index)
                row.bind(sentence.kind.rawValue)
                row.bind(sentence.text)
                row.bind(analysed.key)
                row.bind(sentence.range.lowerBound)
                row.bind(sentence.range.upperBound)
            }
            let sentenceID = db.lastInsertedRowID
            try StatementBinding.run(insertSearch, in: db) { row in
                row.bind(sentenceID)
                row.bind(analysed.indexText)
            }
        }
        try insertParallel(units, documentId: documentId, date: article.date?.description, in: db)
        return outcome
    }

    /// The stored documents, oldest date first, optionally of one date only.
    public func documents(on date: CalendarDate? = nil) throws(StoreError) -> [DocumentSummary] {
        try read { db in
            let filter = date == nil ? "" : "WHERE d.date = ?"
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.slug, d.date, d.source, d.title, d.translation IS NOT NULL AS hasTranslation,
                       (SELECT COUNT(*) FROM sentence s WHERE s.documentId = d.id) AS sentences
                FROM document d \(filter)
                ORDER BY d.date, d.slug
                """, arguments: date.map { [$0.description] } ?? [])
            return rows.map { row in
                DocumentSummary(slug: row["slug"], date: row["date"], source: row["source"], title: row["title"],
                                sentences: row["sentences"], hasTranslation: row["hasTranslation"])
            }
        }
    }

    /// The sentences of one document, in order.
    public func sentences(ofSlug slug: String) throws(StoreError) -> [StoredSentence] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.position, s.kind, s.text, s.start, s."end" FROM sentence s
                JOIN document d ON d.id = s.documentId WHERE d.slug = ? ORDER BY s.position
                """, arguments: [slug]).map { row in
                StoredSentence(slug: slug, index: row["position"], kind: Sentence.Kind(rawValue: row["kind"]) ?? .body,
                               text: row["text"], start: row["start"], end: row["end"])
            }
        }
    }
}
