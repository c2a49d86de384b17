import GRDB
import Testing
@testable import Workbench

@Suite struct StatementBindingTests {
    /// Values bound through the C API read back through GRDB as they went in; a failing
    /// statement throws SQLite's message and leaves the statement usable.
    @Test func bindsRunsAndReadsBack() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (n INTEGER, x REAL, s TEXT, o TEXT, UNIQUE (n))")
            let insert = try db.makeStatement(sql: "INSERT INTO t (n, x, s, o) VALUES (?, ?, ?, ?)")
            let rows: [(Int64, Double?, String, String?)] = [(1, 0.5, "العراق", nil), (2, nil, "", "x\ty"), (3, 2, "a b", "")]
            for (n, x, s, o) in rows {
                try StatementBinding.run(insert, in: db) { row in
                    row.bind(n)
                    row.bind(x)
                    row.bind(s)
                    row.bind(o)
                }
            }
            let back = try Row.fetchAll(db, sql: "SELECT n, x, s, o FROM t ORDER BY n")
            #expect(back.map { $0["n"] as Int64 } == [1, 2, 3])
            #expect(back.map { $0["x"] as Double? } == [0.5, nil, 2])
            #expect(back.map { $0["s"] as String } == ["العراق", "", "a b"])
            #expect(back.map { $0["o"] as String? } == [nil, "x\ty", ""])
            // A duplicate n breaks the UNIQUE constraint: SQLite's error, and the statement goes on.
            #expect(throws: DatabaseError.self) {
                try StatementBinding.run(insert, in: db) { row in
                    row.bind(Int64(1))
                    row.bind(nil as Double?)
                    row.bind("again")
                    row.bind(nil as String?)
                }
            }
            try StatementBinding.run(insert, in: db) { row in
                row.bind(Int64(4))
                row.bind(nil as Double?)
                row.bind("بعد")
                row.bind(nil as String?)
            }
            let select = try db.makeStatement(sql: "SELECT s FROM t WHERE n >= ? ORDER BY n")
            #expect(try StatementBinding.texts(select, in: db) { $0.bind(Int64(2)) } == ["", "a b", "بعد"])
            #expect(try StatementBinding.texts(select, in: db) { $0.bind(Int64(9)) } == [])
        }
    }
}
