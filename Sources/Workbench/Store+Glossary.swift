import ArabicText
import Foundation
import GRDB
import Terminology

/// A concept as the workbench keeps it.
public struct StoredConcept: Sendable, Equatable {
    public var id: Int64
    public var concept: Concept
    /// `FILE:LINE` it was imported from, or nil when added by hand.
    public var origin: String?
}

/// What `importGlossary` did.
public struct GlossaryImportReport: Sendable, Equatable {
    public var added = 0
    public var replaced = 0
    public var unchanged = 0
}

extension Store {
    /// Adds concepts, replacing a stored concept with the same English term; all or nothing.
    ///
    /// Each entry comes with its origin (`FILE:LINE`) so that later conflicts can be traced.
    public func importGlossary(_ entries: [(concept: Concept, origin: String?)]) throws(StoreError) -> GlossaryImportReport {
        try write { db in
            var report = GlossaryImportReport()
            for entry in entries {
                if let existing = try Self.concept(english: entry.concept.english, in: db) {
                    if existing.concept == entry.concept {
                        report.unchanged += 1
                        continue
                    }
                    try db.execute(sql: "DELETE FROM concept WHERE id = ?", arguments: [existing.id])
                    report.replaced += 1
                } else {
                    report.added += 1
                }
                try Self.insert(entry.concept, origin: entry.origin, in: db)
            }
            return report
        }
    }

    /// Every stored concept, in the order they were added.
    public func concepts() throws(StoreError) -> [StoredConcept] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM concept ORDER BY id").map(Self.storedConcept) }
    }

    /// The number of stored concepts.
    public func conceptCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM concept") ?? 0 }
    }

    /// Concepts with a form (Arabic or English) equal to `word` or containing it as a whole
    /// word, compared on matching keys (`العراق` finds `العراق` and `جمهورية العراق`;
    /// `iraq` finds `Iraq`).
    public func lookUp(_ word: String) throws(StoreError) -> [StoredConcept] {
        let key = Normalizer.matchingKey.key(word).trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { return [] }
        let escaped = key.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.* FROM concept c WHERE c.id IN (
                    SELECT conceptId FROM concept_form
                    WHERE key = ?1 OR key LIKE ?2 || ' %' ESCAPE '\\' OR key LIKE '% ' || ?2 ESCAPE '\\'
                        OR key LIKE '% ' || ?2 || ' %' ESCAPE '\\')
                ORDER BY (SELECT min(key = ?1) FROM concept_form f WHERE f.conceptId = c.id) DESC, c.id
                """, arguments: [key, escaped]).map(Self.storedConcept)
        }
    }

    /// Adds one concept by hand; fails when its English term is taken.
    public func addConcept(_ concept: Concept) throws(StoreError) {
        try write { db in
            if try Self.concept(english: concept.english, in: db) != nil {
                throw StoreError.sqlite(path: path, message: "a concept named \"\(concept.english)\" exists; remove it first")
            }
            try Self.insert(concept, origin: nil, in: db)
        }
    }

    /// Removes the concept whose English term is `english` (case-insensitive); returns whether
    /// there was one.
    public func removeConcept(english: String) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM concept WHERE english = ? COLLATE NOCASE", arguments: [english])
            return db.changesCount > 0
        }
    }

    static func concept(english: String, in db: Database) throws -> StoredConcept? {
        try Row.fetchOne(db, sql: "SELECT * FROM concept WHERE english = ?", arguments: [english]).map(storedConcept)
    }

    static func insert(_ concept: Concept, origin: String?, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO concept (english, arabic, arabicVariants, englishVariants, domain, note, status, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [concept.english, concept.arabic, jsonArray(concept.arabicVariants),
                             jsonArray(concept.englishVariants), concept.domain, concept.note,
                             concept.status.rawValue, origin])
        let id = db.lastInsertedRowID
        for (language, forms) in [("ar", concept.arabicForms), ("en", concept.englishForms)] {
            for form in forms {
                try db.execute(sql: "INSERT INTO concept_form (conceptId, language, form, key) VALUES (?, ?, ?, ?)",
                               arguments: [id, language, form, Normalizer.matchingKey.key(form)])
            }
        }
    }

    static func storedConcept(_ row: Row) -> StoredConcept {
        StoredConcept(
            id: row["id"],
            concept: Concept(
                english: row["english"], arabic: row["arabic"],
                arabicVariants: stringArray(row["arabicVariants"]), englishVariants: stringArray(row["englishVariants"]),
                domain: row["domain"], note: row["note"],
                status: Concept.Status(rawValue: row["status"]) ?? .approved),
            origin: row["origin"])
    }

    private static func jsonArray(_ strings: [String]) -> String {
        (try? JSONEncoder().encode(strings)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    private static func stringArray(_ json: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}
