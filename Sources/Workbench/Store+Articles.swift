import ArabicText
import GRDB

/// A stored document with its sentences, as the summarizer and the brief read it.
public struct StoredArticle: Sendable, Equatable {
    public var slug: String
    public var date: String?
    public var source: String?
    public var title: String?
    /// The article's English version, when it has one.
    public var translation: String?
    public var sentences: [StoredSentence]
}

extension Store {
    /// The most recent date of any stored document.
    public func latestDate() throws(StoreError) -> CalendarDate? {
        let text = try read { db in try String.fetchOne(db, sql: "SELECT max(date) FROM document") }
        return text.flatMap(CalendarDate.init(iso:))
    }

    /// The number of stored documents.
    public func documentCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0 }
    }

    /// The documents of `date` (every document when nil) with their sentences, by slug.
    ///
    /// - Complexity: one pass over the documents' sentences.
    public func articles(on date: CalendarDate?) throws(StoreError) -> [StoredArticle] {
        try read { db in
            let filter = date == nil ? "" : "WHERE d.date = ?"
            let arguments: StatementArguments = date.map { [$0.description] } ?? []
            var articles: [StoredArticle] = []
            var index: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT id, slug, date, source, title, translation FROM document d \(filter) ORDER BY slug
                """, arguments: arguments)
            {
                index[row["id"]] = articles.count
                articles.append(StoredArticle(slug: row["slug"], date: row["date"], source: row["source"],
                                              title: row["title"], translation: row["translation"], sentences: []))
            }
            let sentences = try Row.fetchCursor(db, sql: """
                SELECT s.documentId, s.position, s.kind, s.text, s.start, s."end" FROM sentence s
                JOIN document d ON d.id = s.documentId \(filter) ORDER BY s.documentId, s.position
                """, arguments: arguments)
            while let row = try sentences.next() {
                guard let position = index[row["documentId"]] else { continue }
                articles[position].sentences.append(StoredSentence(
                    slug: articles[position].slug, index: row["position"],
                    kind: Sentence.Kind(rawValue: row["kind"]) ?? .body, text: row["text"],
                    start: row["start"], end: row["end"]))
            }
            return articles
        }
    }
}
