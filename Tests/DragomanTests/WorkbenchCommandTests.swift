import Foundation
import Testing

@Suite struct WorkbenchCommandTests {
    let runner = CommandRunner()

    func article(slug: String, date: String = "2024-03-10", body: String) -> String {
        "---\nslug: \(slug)\ndate: \(date)\nsource: وكالة\ntitle: عنوان \(slug)\n---\n\(body)\n"
    }

    @Test func ingestsListsAndSearchesACorpus() throws {
        let scratch = Scratch()
        scratch.write("feed/a.txt", article(slug: "a", body: "وصل الوزير إلى بغداد.\nوقدم الدعم للعراق."))
        scratch.write("feed/b.txt", article(slug: "b", date: "2024-03-11", body: "أعلنت الحكومة العراقية خطة جديدة."))
        let db = scratch.path("desk.sqlite")
        let ingest = try runner.run(["ingest", scratch.path("feed"), "--db", db])
        #expect(ingest.status == 0)
        #expect(ingest.stderrLines.last?.hasPrefix("ingested: 2 added, 0 updated, 0 unchanged, 0 rejected (3 sentences)") == true)

        let documents = try runner.run(["documents", "--db", db, "--format", "jsonl"])
        let objects = jsonObjects(documents.stdoutLines)
        #expect(objects.map { $0["slug"] as? String } == ["a", "b"])
        #expect(objects.map { $0["sentences"] as? Int } == [2, 1])
        #expect(objects.first?["date"] as? String == "2024-03-10")
        #expect(objects.first?["source"] as? String == "وكالة")
        #expect(objects.first?["title"] as? String == "عنوان a")

        let onDate = try runner.run(["documents", "--db", db, "--date", "2024-03-11", "--format", "jsonl"])
        #expect(jsonObjects(onDate.stdoutLines).map { $0["slug"] as? String } == ["b"])

        let search = try runner.run(["search", "العراق", "--db", db])
        #expect(search.status == 0)
        #expect(search.stdout.contains("a#1"))
        #expect(search.stdout.contains("[للعراق]"))

        let again = try runner.run(["ingest", scratch.path("feed"), "--db", db])
        #expect(again.stderrLines.last?.hasPrefix("ingested: 0 added, 0 updated, 2 unchanged") == true)
    }

    @Test func saysItsVersion() throws {
        let result = try runner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdoutLines == ["0.5.0"])
        #expect(result.stderr.isEmpty)
    }

    @Test func takesTheDatabaseFromTheEnvironment() throws {
        let scratch = Scratch()
        scratch.write("a.txt", article(slug: "a", body: "نص الخبر."))
        var runner = runner
        runner.environment["DRAGOMAN_DB"] = scratch.path("env.sqlite")
        #expect(try runner.run(["ingest", scratch.path("a.txt")]).status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.path("env.sqlite")))
    }

    @Test func rejectsBadFilesButStoresTheGoodOnesAndExitsOne() throws {
        let scratch = Scratch()
        scratch.write("feed/1.txt", article(slug: "one", body: "نص أول."))
        let bad = scratch.write("feed/2.txt", "---\nslug: two\ndate: 2024-13-01\n---\nنص.\n")
        scratch.write("feed/3.txt", article(slug: "three", body: "نص ثالث."))
        let db = scratch.path("w.sqlite")
        let result = try runner.run(["ingest", scratch.path("feed"), "--db", db])
        #expect(result.status == 1)
        #expect(result.stderrLines.first == "dragoman: error: \(bad):3: impossible date '2024-13-01', expected YYYY-MM-DD")
        #expect(result.stderrLines.last?.contains("2 added, 0 updated, 0 unchanged, 1 rejected") == true)
        let documents = try runner.run(["documents", "--db", db, "--format", "jsonl"])
        #expect(jsonObjects(documents.stdoutLines).map { $0["slug"] as? String } == ["one", "three"])
    }

    @Test func refusesADatabaseThatIsNotSQLite() throws {
        let scratch = Scratch()
        let db = scratch.write("notes.sqlite", String(repeating: "ليست قاعدة بيانات ", count: 20))
        let result = try runner.run(["documents", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["dragoman: error: \(db): not a dragoman workbench (not an SQLite database)"])
    }

    @Test func rejectsAnImpossibleDateOption() throws {
        let result = try runner.run(["documents", "--date", "2024-02-30", "--db", Scratch().path("x.sqlite")])
        #expect(result.status == 2)
    }
}
