import ArabicText
import GRDB

/// The schema, as named migrations. A migration is never edited once it has landed: a change
/// is a new migration appended here (and `Store.schemaVersion` raised).
extension Store {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, sentences, search") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    slug TEXT NOT NULL UNIQUE,
                    date TEXT,
                    source TEXT,
                    title TEXT,
                    url TEXT,
                    language TEXT NOT NULL DEFAULT 'ar',
                    contentHash TEXT NOT NULL,
                    path TEXT,
                    text TEXT NOT NULL,
                    translation TEXT,
                    ingestedAt TEXT NOT NULL
                );
                CREATE INDEX document_by_date ON document(date);
                CREATE TABLE sentence (
                    id INTEGER PRIMARY KEY,
                    documentId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    text TEXT NOT NULL,
                    key TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    UNIQUE (documentId, position)
                );
                -- The search index holds, per sentence, the clitic-stripped matching keys of its
                -- words (see SearchIndexer): never the raw text.
                CREATE VIRTUAL TABLE sentence_search USING fts5(
                    stems, tokenize = 'unicode61 remove_diacritics 0'
                );
                PRAGMA user_version = 1;
                """)
        }
        migrator.registerMigration("v2: glossary") { db in
            try db.execute(sql: """
                CREATE TABLE concept (
                    id INTEGER PRIMARY KEY,
                    english TEXT NOT NULL UNIQUE,
                    arabic TEXT NOT NULL,
                    arabicVariants TEXT NOT NULL,   -- JSON array of strings
                    englishVariants TEXT NOT NULL,  -- JSON array of strings
                    domain TEXT NOT NULL,
                    note TEXT NOT NULL,
                    status TEXT NOT NULL,
                    origin TEXT                     -- FILE:LINE it was imported from
                );
                -- Every form of every concept under its matching key, for look-ups.
                CREATE TABLE concept_form (
                    conceptId INTEGER NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
                    language TEXT NOT NULL,
                    form TEXT NOT NULL,
                    key TEXT NOT NULL
                );
                CREATE INDEX concept_form_by_key ON concept_form(key);
                CREATE INDEX concept_form_by_concept ON concept_form(conceptId);
                PRAGMA user_version = 2;
                """)
        }
        migrator.registerMigration("v3: translation memory") { db in
            try db.execute(sql: """
                CREATE TABLE translation_unit (
                    id INTEGER PRIMARY KEY,
                    arabic TEXT NOT NULL,
                    english TEXT NOT NULL,
                    arabicKey TEXT NOT NULL,        -- matching key of the Arabic, for look-ups
                    origin TEXT NOT NULL,           -- parallel | imported | added
                    documentId INTEGER REFERENCES document(id) ON DELETE CASCADE,
                    arabicStart INTEGER, arabicEnd INTEGER,    -- a parallel unit's bead: sentence
                    englishStart INTEGER, englishEnd INTEGER,  -- ranges, half-open
                    date TEXT,
                    score REAL,
                    file TEXT,                      -- the file it was imported from
                    markup TEXT                     -- JSON of the TMX unit when it carries more than text
                );
                CREATE INDEX translation_unit_by_document ON translation_unit(documentId);
                CREATE INDEX translation_unit_by_key ON translation_unit(arabicKey);
                -- Candidate retrieval: the clitic-stripped stems of the Arabic (see SearchKeys).
                CREATE VIRTUAL TABLE translation_unit_search USING fts5(
                    stems, tokenize = 'unicode61 remove_diacritics 0'
                );
                PRAGMA user_version = 3;
                """)
        }
        migrator.registerMigration("v4: memory vocabulary") { db in
            // Document frequencies of the memory's stems, so a look-up asks for its rarest words.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE translation_unit_vocabulary USING fts5vocab(translation_unit_search, row);
                PRAGMA user_version = 4;
                """)
        }
        migrator.registerMigration("v5: search text in the row") { db in
            // The search indexes keep no copy of their text (contentless): ingest wrote every
            // sentence four times (document, sentence, its matching key, the index's content).
            // A row's index text is computed from its matching key when the row is written and
            // again, by `dragoman_index_text` (Store.init), when a trigger takes a deleted row
            // out of the index, also when a document's deletion cascades. A change to
            // SearchKeys therefore needs a migration that re-indexes, as it would anyway for
            // look-ups to find what was indexed before. Rows are indexed by the code that
            // inserts them (an insert trigger made FTS5 flush its pending terms on every
            // statement: ingest ran 1.5 times slower). The index text is Dragoman's own tokens,
            // normalised and separated by single spaces: FTS5's `ascii` tokenizer splits it as
            // `unicode61` did, without Unicode tables (ingest 13% faster).
            try db.execute(sql: """
                DROP TABLE sentence_search;
                CREATE VIRTUAL TABLE sentence_search USING fts5(stems, content = '', tokenize = 'ascii');
                """)
            let sentences = try Row.fetchAll(db, sql: "SELECT id, key FROM sentence")
            let indexSentence = try db.makeStatement(sql: "INSERT INTO sentence_search (rowid, stems) VALUES (?, ?)")
            for sentence in sentences {
                try indexSentence.execute(arguments: [sentence["id"] as Int64, SearchKeys.indexText(ofKey: sentence["key"])])
            }
            try db.execute(sql: """
                CREATE TRIGGER sentence_unindexed AFTER DELETE ON sentence BEGIN
                    INSERT INTO sentence_search (sentence_search, rowid, stems)
                        VALUES ('delete', old.id, dragoman_index_text(old.key));
                END;
                """)
            // A unit's duplicate check looks for the hash of its Arabic matching key (an
            // integer index) instead of the key itself: the text index cost 230 MB and random
            // writes at a million units. The memory's index is contentless too, its text
            // computed from the unit's Arabic.
            try db.execute(sql: """
                ALTER TABLE translation_unit ADD COLUMN keyHash INTEGER NOT NULL DEFAULT 0;
                DROP INDEX translation_unit_by_key;
                ALTER TABLE translation_unit DROP COLUMN arabicKey;
                CREATE INDEX translation_unit_by_key_hash ON translation_unit(keyHash);
                DROP TABLE translation_unit_vocabulary;
                DROP TABLE translation_unit_search;
                CREATE VIRTUAL TABLE translation_unit_search USING fts5(stems, content = '', tokenize = 'ascii');
                CREATE VIRTUAL TABLE translation_unit_vocabulary USING fts5vocab(translation_unit_search, row);
                """)
            let units = try Row.fetchAll(db, sql: "SELECT id, arabic FROM translation_unit")
            let setHash = try db.makeStatement(sql: "UPDATE translation_unit SET keyHash = ? WHERE id = ?")
            let index = try db.makeStatement(sql: "INSERT INTO translation_unit_search (rowid, stems) VALUES (?, ?)")
            for unit in units {
                let key = Normalizer.matchingKey.key(unit["arabic"])
                let id: Int64 = unit["id"]
                try setHash.execute(arguments: [Self.memoryKeyHash(ofKey: key), id])
                try index.execute(arguments: [id, SearchKeys.indexText(ofKey: key)])
            }
            try db.execute(sql: """
                CREATE TRIGGER translation_unit_unindexed AFTER DELETE ON translation_unit BEGIN
                    INSERT INTO translation_unit_search (translation_unit_search, rowid, stems)
                        VALUES ('delete', old.id, dragoman_index_text(old.arabic));
                END;
                -- The summarizer's document frequencies over every stored document, kept
                -- until a document changes (Store.documentFrequencies): a brief no longer
                -- re-reads the whole workbench. No row in term_statistics: not computed yet.
                CREATE TABLE term_frequency (term TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
                CREATE TABLE term_statistics (documents INTEGER NOT NULL);
                PRAGMA user_version = 5;
                """)
        }
        return migrator
    }

}
