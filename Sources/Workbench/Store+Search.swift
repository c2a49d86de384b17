import ArabicText
import GRDB

/// A sentence found by `search`, with where the words stand in it.
public struct SearchHit: Sendable, Equatable {
    public var slug: String
    public var date: String?
    public var source: String?
    public var sentence: Int
    public var text: String
    /// Unicode scalar ranges in `text` of the words that matched.
    public var matches: [Range<Int>]
}

extension Store {
    /// Sentences containing every word of `query`, whatever their diacritics, alef spelling
    /// or proclitics (`العراق` finds `للعراق`, `بالعراق`, `العراقَ`), newest documents first.
    public func search(_ query: String, limit: Int = 50) throws(StoreError) -> [SearchHit] {
        let words = Tokenizer().tokens(in: query).filter { $0.kind != .punctuation }
        let keys = words.map { SearchKeys.queryKey(of: $0.key) }
        guard !keys.isEmpty else { return [] }
        // Each word a quoted FTS5 string: a code like ah-64 becomes the phrase "ah 64".
        let match = keys.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.slug, d.date, d.source, s.position, s.text FROM sentence_search
                JOIN sentence s ON s.id = sentence_search.rowid
                JOIN document d ON d.id = s.documentId
                WHERE sentence_search MATCH ?
                ORDER BY d.date DESC, d.slug, s.position
                LIMIT ?
                """, arguments: [match, limit])
        }
        let wanted = Set(keys)
        return rows.map { row in
            let text: String = row["text"]
            let matches = Tokenizer().tokens(in: text).filter { token in
                SearchKeys.readings(of: token.key).contains(where: wanted.contains)
            }.map(\.range)
            return SearchHit(slug: row["slug"], date: row["date"], source: row["source"],
                             sentence: row["position"], text: text, matches: matches)
        }
    }
}
