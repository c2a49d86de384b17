import Alignment
import ArabicText
import Foundation
import GRDB
import Terminology

/// Where a translation unit came from.
public enum MemoryOrigin: String, Sendable, Codable {
    /// Aligned from an article and its English version.
    case parallel
    /// Imported from a TMX or TSV file.
    case imported
    /// Added by hand.
    case added
}

/// A translation unit as the workbench keeps it.
public struct StoredUnit: Sendable, Equatable {
    public var id: Int64
    public var unit: TranslationUnit
    public var origin: MemoryOrigin
    /// The document it was aligned from (parallel units).
    public var document: String?
    public var date: String?
    public var score: Double?
}

/// What `importMemory` did.
public struct MemoryImportReport: Sendable, Equatable {
    public var added = 0
    public var unchanged = 0
}

extension Store {
    /// Units written per transaction by `importMemory`.
    static let memoryBatchUnits = 50_000

    /// Adds translation units, committed in batches of `memoryBatchUnits`; a unit already in
    /// the memory (same Arabic matching key, English and markup) is left as it is. When the
    /// database fails, the batch under way is rolled back and the error thrown: importing the
    /// file again adds what is missing.
    ///
    /// - Complexity: O(n) inserts, each with its search-index row.
    public func importMemory(_ units: [TranslationUnit], origin: MemoryOrigin = .imported, file: String? = nil)
        throws(StoreError) -> MemoryImportReport
    {
        // Each batch's text work (keys, index text, markup) runs on another core while the
        // batch before it is written.
        let batches = stride(from: 0, to: units.count, by: Self.memoryBatchUnits).map {
            $0..<min($0 + Self.memoryBatchUnits, units.count)
        }
        return try writeInBatches { db, commit in
            var report = MemoryImportReport()
            // Same hash, English and markup, then the same matching key: a duplicate.
            let sameHash = try db.cachedStatement(sql: """
                SELECT arabic FROM translation_unit WHERE keyHash = ? AND english = ? AND markup IS ?
                """)
            let insert = try db.cachedStatement(sql: """
                INSERT INTO translation_unit (arabic, english, keyHash, origin, file, markup) VALUES (?, ?, ?, ?, ?, ?)
                """)
            // The index keeps no copy of its text (contentless, see the schema).
            let index = try db.cachedStatement(sql: "INSERT INTO translation_unit_search (rowid, stems) VALUES (?, ?)")
            var next = batches.first.map { batch in Prefetch { PreparedUnit.prepare(units[batch]) } }
            for position in batches.indices {
                guard let prepared = try next?.value.get() else { break }
                next = position + 1 < batches.count
                    ? Prefetch { [batch = batches[position + 1]] in PreparedUnit.prepare(units[batch]) } : nil
                for unit in prepared {
                    let twins = try StatementBinding.texts(sameHash, in: db) { row in
                        row.bind(unit.keyHash)
                        row.bind(unit.english)
                        row.bind(unit.markup)
                    }
                    if twins.contains(where: { Normalizer.matchingKey.key($0) == unit.key }) {
                        report.unchanged += 1
                        continue
                    }
                    try StatementBinding.run(insert, in: db) { row in
                        row.bind(unit.arabic)
                        row.bind(unit.english)
                        row.bind(unit.keyHash)
                        row.bind(origin.rawValue)
                        row.bind(file)
                        row.bind(unit.markup)
                    }
                    let unitID = db.lastInsertedRowID
                    try StatementBinding.run(index, in: db) { row in
                        row.bind(unitID)
                        row.bind(unit.stems)
                    }
                    report.added += 1
                }
                try commit()
            }
            return report
        }
    }

    /// The number of translation units.
    public func memoryCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM translation_unit") ?? 0 }
    }

    /// Every unit, in the order it was added.
    public func memoryUnits() throws(StoreError) -> [StoredUnit] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.*, d.slug FROM translation_unit t LEFT JOIN document d ON d.id = t.documentId ORDER BY t.id
                """).map(Self.storedUnit)
        }
    }

    /// Units whose Arabic shares words with `query`, best candidates first (BM25 over the
    /// clitic-stripped stems), at most `limit`. Only the query's `rarestWords` rarest words
    /// (stop words out) are looked up, and a candidate must hold two of them when the query
    /// has two: a unit worth a fuzzy match shares most of them, and a common word would bring
    /// thousands of rows.
    ///
    /// - Complexity: an index look-up per chosen word; never a scan of the memory.
    public func memoryCandidates(for query: String, limit: Int = 50, rarestWords: Int = 5) throws(StoreError)
        -> [StoredUnit]
    {
        let words = Tokenizer().tokens(in: query).filter(\.isWord).map(\.key)
        let content = words.filter { !StopWords.arabic.contains($0) }
        let keys = Array(Set((content.isEmpty ? words : content).map { SearchKeys.queryKey(of: $0) })).sorted()
        guard !keys.isEmpty else { return [] }
        return try read { db in
            var frequency: [String: Int] = [:]
            let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ", ")
            for row in try Row.fetchAll(db, sql: """
                SELECT term, doc FROM translation_unit_vocabulary WHERE term IN (\(placeholders))
                """, arguments: StatementArguments(keys))
            {
                frequency[row["term"]] = row["doc"]
            }
            let rarestFirst = keys.filter { frequency[$0] != nil }
                .sorted { (frequency[$0] ?? 0, $0) < (frequency[$1] ?? 0, $1) }.prefix(rarestWords)
            // Words in thousands of units cost FTS5 long lists to walk and add little: past the
            // two rarest, they are left out.
            let chosen = rarestFirst.enumerated().filter { index, key in
                index < 2 || frequency[key] ?? 0 <= Self.commonMemoryWord
            }.map(\.element)
            guard !chosen.isEmpty else { return [] }
            let quoted = chosen.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            // A unit worth a fuzzy match shares at least two of the query's rarest words:
            // asking for pairs of them keeps FTS5 from ranking every unit that has one common
            // word (tens of thousands in a large memory).
            var pairs: [String] = []
            for first in quoted.indices {
                for second in quoted.indices where second > first { pairs.append("(\(quoted[first]) AND \(quoted[second]))") }
            }
            let match = pairs.isEmpty ? quoted.joined(separator: " OR ") : pairs.joined(separator: " OR ")
            return try Row.fetchAll(db, sql: """
                SELECT t.*, d.slug FROM (
                    SELECT rowid AS id, rank FROM translation_unit_search WHERE translation_unit_search MATCH ?
                    ORDER BY rank LIMIT ?
                ) AS hit
                JOIN translation_unit t ON t.id = hit.id
                LEFT JOIN document d ON d.id = t.documentId
                ORDER BY hit.rank
                """, arguments: [match, limit]).map(Self.storedUnit)
        }
    }

    /// A unit as the memory stores it, computed before the write.
    struct PreparedUnit: Sendable {
        var arabic: String
        var english: String
        var key: String
        var keyHash: Int64
        var stems: String
        /// JSON of the whole unit when it carries more than text.
        var markup: String?

        static func prepare(_ units: ArraySlice<TranslationUnit>) -> Result<[PreparedUnit], any Error> {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            return Result {
                try units.map { unit in
                    let arabic = unit.arabic.plain
                    let key = Normalizer.matchingKey.key(arabic)
                    return PreparedUnit(
                        arabic: arabic, english: unit.english.plain, key: key, keyHash: memoryKeyHash(ofKey: key),
                        stems: SearchKeys.indexText(ofKey: key),
                        markup: isPlain(unit) ? nil : String(decoding: try encoder.encode(unit), as: UTF8.self))
                }
            }
        }
    }

    /// A word in more units than this is common (see `memoryCandidates`).
    static let commonMemoryWord = 5_000

    /// The hash under which a translation unit's Arabic is looked up for duplicates: of its
    /// matching key, so spellings that match are found (the caller compares the keys).
    static func memoryKeyHash(ofKey key: String) -> Int64 {
        var key = key
        return Int64(bitPattern: key.withUTF8 { KeyHash.mix(KeyHash.hash($0)) })
    }

    /// Keeps the pairs of a document and its English version as translation units.
    static func insertParallel(_ units: [ParallelUnit], documentId: Int64, date: String?, in db: Database) throws {
        guard !units.isEmpty else { return }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO translation_unit (arabic, english, keyHash, origin, documentId, arabicStart, arabicEnd,
                                          englishStart, englishEnd, date, score)
            VALUES (?, ?, ?, 'parallel', ?, ?, ?, ?, ?, ?, ?)
            """)
        let index = try db.cachedStatement(sql: "INSERT INTO translation_unit_search (rowid, stems) VALUES (?, ?)")
        for unit in units {
            let key = Normalizer.matchingKey.key(unit.arabic)
            let stems = SearchKeys.indexText(ofKey: key)
            try insert.execute(arguments: [
                unit.arabic, unit.english, memoryKeyHash(ofKey: key), documentId,
                unit.arabicSentences.lowerBound, unit.arabicSentences.upperBound,
                unit.englishSentences.lowerBound, unit.englishSentences.upperBound, date, unit.score,
            ])
            try index.execute(arguments: [db.lastInsertedRowID, stems])
        }
    }

    /// The English of each Arabic sentence of a document, from its stored pairing: the
    /// sentence's bead (a bead of two Arabic sentences gives both the same English).
    public func parallelTranslations(ofSlug slug: String) throws(StoreError) -> [Int: ReferenceTranslation] {
        try parallelTranslations(where: "d.slug = ?", [slug])[slug] ?? [:]
    }

    /// The English of each Arabic sentence of every document of `date`, by slug.
    public func parallelTranslations(on date: CalendarDate) throws(StoreError) -> [String: [Int: ReferenceTranslation]] {
        try parallelTranslations(where: "d.date = ?", [date.description])
    }

    private func parallelTranslations(where filter: String, _ arguments: StatementArguments) throws(StoreError)
        -> [String: [Int: ReferenceTranslation]]
    {
        try read { db in
            var translations: [String: [Int: ReferenceTranslation]] = [:]
            // Metadata lines inside a bead's range were not aligned: they get no English.
            var metadata: Set<String> = []
            for row in try Row.fetchAll(db, sql: """
                SELECT d.slug, s.position FROM sentence s JOIN document d ON d.id = s.documentId
                WHERE \(filter) AND s.kind = 'metadata'
                """, arguments: arguments)
            {
                metadata.insert("\(row["slug"] as String)#\(row["position"] as Int)")
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT d.slug, t.english, t.score, t.arabicStart, t.arabicEnd FROM translation_unit t
                JOIN document d ON d.id = t.documentId WHERE \(filter) AND t.origin = 'parallel'
                """, arguments: arguments)
            {
                let slug: String = row["slug"]
                let start: Int = row["arabicStart"], end: Int = row["arabicEnd"]
                for sentence in start..<end where !metadata.contains("\(slug)#\(sentence)") {
                    translations[slug, default: [:]][sentence] =
                        ReferenceTranslation(english: row["english"], score: row["score"] ?? 0, origin: .parallel)
                }
            }
            return translations
        }
    }

    /// Whether a unit is plain text both sides with default languages and nothing else, so
    /// its two texts say all there is.
    static func isPlain(_ unit: TranslationUnit) -> Bool {
        !unit.arabic.hasInlineTags && !unit.english.hasInlineTags && unit.notes.isEmpty && unit.properties.isEmpty
            && unit.attributes.isEmpty && unit.id == nil
            && unit.arabicDetails == TranslationUnit.VariantDetails(language: "ar")
            && unit.englishDetails == TranslationUnit.VariantDetails(language: "en")
    }

    static func storedUnit(_ row: Row) -> StoredUnit {
        let markup: String? = row["markup"]
        let unit = markup.flatMap { try? JSONDecoder().decode(TranslationUnit.self, from: Data($0.utf8)) }
            ?? TranslationUnit(arabic: Segment(row["arabic"] as String), english: Segment(row["english"] as String))
        return StoredUnit(id: row["id"], unit: unit, origin: MemoryOrigin(rawValue: row["origin"]) ?? .imported,
                          document: row["slug"], date: row["date"], score: row["score"])
    }
}

/// A memory unit found for a query, with its match.
public struct MemoryHit: Sendable, Equatable {
    public var unit: StoredUnit
    public var match: MemoryMatch
}

extension Store {
    /// The memory's best matches for an Arabic sentence: candidates from the search index,
    /// scored as CAT tools score them (`MemoryMatcher`), at least `minimum` percent, best
    /// first, at most `top`.
    ///
    /// - Complexity: an index look-up and at most `candidates` matches; never a scan.
    public func memoryMatches(for query: String, minimum: Int = 70, top: Int = 5, candidates: Int = 20)
        throws(StoreError) -> [MemoryHit]
    {
        let found = try memoryCandidates(for: query, limit: candidates)
        let hits = found.map { MemoryHit(unit: $0, match: MemoryMatcher.match(query: query, candidate: $0.unit.arabic.plain)) }
            .filter { $0.match.percent >= minimum }
        // Best match first; among equals, the unit added first.
        return Array(hits.enumerated().sorted {
            ($0.element.match.percent, -$0.offset) > ($1.element.match.percent, -$1.offset)
        }.map(\.element).prefix(top))
    }

    /// The reference translation of a sentence from the memory: its best match at or above
    /// `minimum` percent, or nil.
    public func memoryTranslation(of sentence: String, minimum: Int = 75) throws(StoreError) -> ReferenceTranslation? {
        guard let best = try memoryMatches(for: sentence, minimum: minimum, top: 1).first else { return nil }
        return ReferenceTranslation(english: best.unit.unit.english.plain, score: Double(best.match.percent) / 100,
                                    origin: .memory)
    }
}
