import GRDB
import Terminology

/// One occurrence of a concept in the workbench's corpus.
public struct ConcordanceLine: Sendable, Equatable {
    public var slug: String
    public var date: String?
    public var source: String?
    public var sentence: Int
    public var text: String
    public var match: TermMatch
}

extension Store {
    /// Every occurrence of the concept `conceptIndex` of `matcher` in the stored documents,
    /// newest first, found exactly as `align` finds terms (a longer term containing it wins).
    ///
    /// - Complexity: O(total length of the stored sentences).
    public func concordance(of conceptIndex: Int, matcher: TermMatcher) throws(StoreError) -> [ConcordanceLine] {
        try read { db in
            var lines: [ConcordanceLine] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT d.slug, d.date, d.source, s.position, s.text FROM sentence s
                JOIN document d ON d.id = s.documentId
                ORDER BY d.date DESC, d.slug, s.position
                """)
            while let row = try rows.next() {
                let text: String = row["text"]
                for match in matcher.matches(in: text) where match.conceptIndex == conceptIndex {
                    lines.append(ConcordanceLine(slug: row["slug"], date: row["date"], source: row["source"],
                                                 sentence: row["position"], text: text, match: match))
                }
            }
            return lines
        }
    }
}
