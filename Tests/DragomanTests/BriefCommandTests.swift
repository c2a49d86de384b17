import Foundation
import Testing

@Suite struct BriefCommandTests {
    let runner = CommandRunner()

    static let glossary = """
        english\tarabic\tarabic_variants\tenglish_variants\tdomain\tnote
        Basra\tالبصرة\t\t\tplace\t
        parliament\tالبرلمان\tمجلس النواب\t\tpolitics\t

        """

    func article(_ slug: String, source: String, body: String) -> String {
        "---\nslug: \(slug)\ndate: 2024-05-02\nsource: \(source)\ntitle: عنوان \(slug)\n---\n\(body)\n"
    }

    /// Two outlets on one story (the second a rewrite), a third on another story, and an
    /// article whose text carries markup.
    func corpus(in scratch: Scratch) -> String {
        scratch.write("feed/wire.txt", article("wire", source: "وكالة", body: """
            أقر البرلمان العراقي يوم الخميس قانون الموازنة العامة بأغلبية 180 صوتا.
            وتبلغ قيمة الموازنة 150 تريليون دينار بزيادة 10 في المئة عن العام الماضي.
            وقال رئيس البرلمان إن القانون سيرسل إلى رئاسة الجمهورية خلال أيام.
            """))
        scratch.write("feed/rewrite.txt", article("rewrite", source: "صحيفة", body: """
            صادق البرلمان العراقي الخميس على قانون الموازنة العامة بغالبية 180 صوتا.
            وتصل قيمة الموازنة إلى 150 تريليون دينار بارتفاع 10 في المئة عن السنة الماضية.
            واعترض نواب المعارضة على بنود الضرائب الجديدة.
            """))
        scratch.write("feed/weather.txt", article("weather", source: "إذاعة", body: """
            ارتفعت درجات الحرارة في البصرة إلى 49 درجة مئوية يوم الخميس.
            ودعت السلطات السكان إلى البقاء في منازلهم وقت الظهيرة <script>alert(1)</script> حتى نهاية الأسبوع.
            """))
        return scratch.path("feed")
    }

    @Test func jsonFollowsTheContractAndTellsEachFactOnce() throws {
        let scratch = Scratch()
        let db = scratch.path("desk.sqlite")
        #expect(try runner.run(["ingest", corpus(in: scratch), "--db", db]).status == 0)
        #expect(try runner.run(["glossary", "import", scratch.write("g.tsv", Self.glossary), "--db", db]).status == 0)
        let result = try runner.run(["brief", "--db", db, "--format", "json", "--sentences", "5"])
        #expect(result.status == 0)
        let brief = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(brief["date"] as? String == "2024-05-02")
        let items = try #require(brief["items"] as? [[String: Any]])
        #expect(!items.isEmpty)
        for item in items {
            for key in ["document", "sentence", "arabic", "english", "english_origin", "score", "story", "sources"] {
                #expect(item.keys.contains(key), "item lacks \(key)")
            }
        }
        // The vote and the budget figure are told once each, citing both outlets.
        let cited = items.map { Set(($0["sources"] as? [[String: Any]] ?? []).compactMap { $0["document"] as? String }) }
        #expect(cited.filter { $0 == ["wire", "rewrite"] }.count == 2)
        let stories = try #require(brief["stories"] as? [[String: Any]])
        #expect(stories.count == 2)
        // The glossary gives the English of a sentence without translation: a gloss.
        let basra = try #require(items.first { ($0["arabic"] as? String)?.contains("البصرة") == true })
        #expect(basra["english"] as? String == "Basra")
        #expect(basra["english_origin"] as? String == "gloss")
    }

    @Test func htmlIsSelfContainedAndEscapesTheArticles() throws {
        let scratch = Scratch()
        let db = scratch.path("desk.sqlite")
        #expect(try runner.run(["ingest", corpus(in: scratch), "--db", db]).status == 0)
        let result = try runner.run(["brief", "--db", db, "--format", "html", "--sentences", "5"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!result.stdout.contains("<script"))
        #expect(result.stdout.contains("dir=\"rtl\""))
        #expect(!result.stdout.contains("http://") && !result.stdout.contains("https://"))
    }

    @Test func firstRunBuildsTheWorkbenchFromTheSampleFolders() throws {
        let scratch = Scratch()
        _ = corpus(in: scratch)
        try FileManager.default.moveItem(atPath: scratch.path("feed"), toPath: scratch.path("corpora"))
        scratch.write("glossary/news.tsv", Self.glossary)
        var inFolder = runner
        inFolder.directory = scratch.url
        let result = try inFolder.run(["brief"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("creating dragoman.sqlite from corpora/ and glossary/"))
        #expect(result.stdout.hasPrefix("# Daily brief — 2024-05-02"))
        #expect(FileManager.default.fileExists(atPath: scratch.path("dragoman.sqlite")))
        // The second run uses the workbench as it is.
        let again = try inFolder.run(["brief", "--format", "json"])
        #expect(again.status == 0)
        #expect(!again.stderr.contains("creating"))
    }

    @Test func briefOfAnEmptyDaySaysSo() throws {
        let scratch = Scratch()
        let db = scratch.path("desk.sqlite")
        #expect(try runner.run(["ingest", corpus(in: scratch), "--db", db]).status == 0)
        let result = try runner.run(["brief", "--db", db, "--date", "2024-05-03"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no documents on 2024-05-03"))
        let both = try runner.run(["brief", "--db", db, "--sentences", "2", "--words", "40"])
        #expect(both.status == 2)
    }

    @Test func summarizeGivesOneSummaryPerFile() throws {
        let scratch = Scratch()
        let folder = corpus(in: scratch)
        let result = try runner.run(["summarize", folder + "/wire.txt", folder + "/weather.txt", "--sentences", "1",
                                     "--format", "json", "--db", scratch.path("none.sqlite")])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summaries = try #require(object["summaries"] as? [[String: Any]])
        #expect(summaries.map { $0["document"] as? String } == ["wire", "weather"])
        #expect(summaries.allSatisfy { ($0["items"] as? [Any])?.count == 1 })
        let text = try runner.run(["summarize", "-", "--format", "text", "--sentences", "1", "--db", scratch.path("none.sqlite")],
                                  input: Data("عنوان قصير\nأعلنت الحكومة خطة جديدة للكهرباء تشمل محطات في ثلاث محافظات.\nوقال الوزير إن الخطة ستنفذ خلال عامين.\n".utf8))
        #expect(text.status == 0)
        #expect(text.stdoutLines == ["أعلنت الحكومة خطة جديدة للكهرباء تشمل محطات في ثلاث محافظات."])
        #expect(!FileManager.default.fileExists(atPath: scratch.path("none.sqlite")))
        // Standard input is read once: a second `-` finds it empty.
        let twice = try runner.run(["summarize", "-", "-", "--format", "text", "--db", scratch.path("none.sqlite")],
                                   input: Data("أعلنت الحكومة خطة جديدة للكهرباء.\n".utf8))
        #expect(twice.status == 1)
        #expect(twice.stdout.isEmpty)
        #expect(twice.stderrLines == ["dragoman: error: -: empty file, expected text"])
    }
}
