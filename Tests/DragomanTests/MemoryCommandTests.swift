import Foundation
import Testing

@Suite struct MemoryCommandTests {
    let runner = CommandRunner()

    static let memory = """
        arabic\tenglish
        أعلنت الحكومة حظر التجول في البصرة\tThe government declared a curfew in Basra
        وصل وزير الخارجية إلى بغداد صباح الأحد\tThe foreign minister arrived in Baghdad on Sunday morning

        """

    @Test func searchShowsMatchPercentagesAndDifferences() throws {
        let scratch = Scratch()
        let db = scratch.path("tm.sqlite")
        let imported = try runner.run(["tm", "import", scratch.write("m.tsv", Self.memory), "--db", db])
        #expect(imported.status == 0)
        #expect(imported.stderr.contains("2 units added"))
        // Identical text: 100. The clitic spelling بالبصرة for في البصرة: a small difference.
        let exact = try runner.run(["tm", "search", "أعلنت الحكومة حظر التجول في البصرة", "--db", db, "--format", "jsonl"])
        #expect(jsonObjects(exact.stdoutLines).first?["percent"] as? Int == 100)
        let near = try runner.run(["tm", "search", "أعلنت الحكومة حظر التجول بالبصرة", "--db", db, "--format", "jsonl"])
        let hit = try #require(jsonObjects(near.stdoutLines).first)
        let percent = try #require(hit["percent"] as? Int)
        #expect((80..<100).contains(percent))
        #expect(hit["english"] as? String == "The government declared a curfew in Basra")
        let differences = try #require(hit["differences"] as? [[String: Any]])
        #expect(differences.map { $0["kind"] as? String } == ["clitic"])
        // Nothing close enough: nothing shown.
        let none = try runner.run(["tm", "search", "ارتفعت أسعار النفط في الأسواق العالمية", "--db", db, "--format", "jsonl"])
        #expect(none.status == 0)
        #expect(none.stdoutLines.isEmpty)
    }

    /// With `-`, sentences come from standard input, one a line, and each gets one JSON line.
    @Test func searchAnswersEachLineOfStandardInput() throws {
        let scratch = Scratch()
        let db = scratch.path("tm.sqlite")
        #expect(try runner.run(["tm", "import", scratch.write("m.tsv", Self.memory), "--db", db]).status == 0)
        let queries = "أعلنت الحكومة حظر التجول في البصرة\n\nارتفعت أسعار النفط في الأسواق العالمية\nوصل وزير الخارجية الى بغداد صباح الأحد\n"
        let result = try runner.run(["tm", "search", "-", "--db", db, "--format", "jsonl"], input: Data(queries.utf8))
        #expect(result.status == 0)
        let answers = jsonObjects(result.stdoutLines)
        #expect(answers.map { $0["query"] as? String } == [
            "أعلنت الحكومة حظر التجول في البصرة", "ارتفعت أسعار النفط في الأسواق العالمية", "وصل وزير الخارجية الى بغداد صباح الأحد",
        ])
        let percents = answers.map { ($0["matches"] as? [[String: Any]] ?? []).map { $0["percent"] as? Int } }
        // Identical; nothing close; an alef spelling only (إلى written الى): 99.
        #expect(percents == [[100], [], [99]])
    }

    @Test func malformedMemoryImportsNothing() throws {
        let scratch = Scratch()
        let db = scratch.path("tm.sqlite")
        let good = scratch.write("good.tsv", Self.memory)
        let bad = scratch.write("bad.tmx", """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="ar" datatype="plaintext"/>
            <body>
            <tu><tuv xml:lang="ar"><seg>نص</seg></tuv>
            </body></tmx>

            """)
        let result = try runner.run(["tm", "import", good, bad, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("dragoman: error: \(bad):"))
        let export = try runner.run(["tm", "export", "--format", "tsv", "--db", db])
        #expect(export.stdoutLines.count <= 1)  // the header at most: nothing was imported
    }

    @Test func alignFillsTheTranslationFromTheEnglishSiblingAndMarksMissingTerms() throws {
        let scratch = Scratch()
        let glossary = scratch.write("g.tsv", """
            english\tarabic\tarabic_variants\tenglish_variants\tdomain\tnote
            Basra\tالبصرة\t\t\tplace\t
            curfew\tحظر التجول\t\t\tsecurity\t

            """)
        let arabic = scratch.write("story.txt", "أعلنت الحكومة حظر التجول في البصرة.\nوقال المحافظ إن الحظر سيستمر ثلاثة أيام.\n")
        scratch.write("story.en.txt", "The government declared a lockdown in Basra.\nThe governor said the measure would last three days.\n")
        let result = try runner.run(["align", arabic, "--glossary", glossary, "--format", "jsonl", "--db", scratch.path("x.sqlite")])
        #expect(result.status == 0)
        let lines = jsonObjects(result.stdoutLines)
        let translation = try #require(lines.first?["translation"] as? [String: Any])
        #expect(translation["english"] as? String == "The government declared a lockdown in Basra.")
        #expect(translation["origin"] as? String == "parallel")
        let terms = try #require(lines.first?["terms"] as? [[String: Any]])
        #expect(terms.map { $0["english"] as? String } == ["curfew", "Basra"])
        // "curfew" was translated "lockdown": the translator should look.
        #expect(terms.map { $0["in_translation"] as? Bool } == [false, true])
    }
}
