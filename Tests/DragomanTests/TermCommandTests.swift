import Foundation
import Testing

@Suite struct TermCommandTests {
    let runner = CommandRunner()

    static let glossary = """
        english\tarabic\tarabic_variants\tenglish_variants\tdomain\tnote
        Baghdad\tبغداد\t\t\tplace\t
        withdrawal\tانسحاب\t\tpullout\tpolitics\t
        Islamic State\tتنظيم الدولة الإسلامية\tداعش\tISIS|Daesh\torg\t
        United States\tالولايات المتحدة\t\tUS|U.S.\tplace\t

        """

    @Test func alignWritesTheJSONLinesContract() throws {
        let scratch = Scratch()
        let glossary = scratch.write("g.tsv", Self.glossary)
        let text = "وصل الوفد ببغداد.\nقال المسؤول الإيراني إن الانسحاباتِ بدأت.\n"
        let result = try runner.run(["align", "-", "--glossary", glossary, "--format", "jsonl", "--db", scratch.path("x.sqlite")],
                                    input: Data(text.utf8))
        #expect(result.status == 0)
        let lines = jsonObjects(result.stdoutLines)
        #expect(lines.count == 2)
        #expect(lines.map { $0["sentence"] as? Int } == [0, 1])
        // translation is present and null until reference translations exist.
        #expect(lines.allSatisfy { $0.keys.contains("translation") && $0["translation"] is NSNull })
        let terms = try #require(lines.first?["terms"] as? [[String: Any]])
        #expect(terms.count == 1)
        let term = try #require(terms.first)
        #expect(term["english"] as? String == "Baghdad")
        #expect(term["arabic"] as? String == "بغداد")
        #expect(term["surface"] as? String == "ببغداد")
        #expect(term["match"] as? String == "clitic")
        // "وصل الوفد ببغداد." — ببغداد starts at scalar 10.
        #expect(term["start"] as? Int == 10)
        #expect(term["end"] as? Int == 16)
        let sentence = try #require(lines.first?["text"] as? String)
        #expect(slice(sentence, 10, 16) == "ببغداد")
        // "الانسحاباتِ" is a plural, not the glossary's word: nothing in the second sentence.
        #expect((lines.last?["terms"] as? [Any])?.isEmpty == true)
    }

    @Test func alignJSONLinesCarryTheTranslationAndEscapeTheText() throws {
        let scratch = Scratch()
        let glossary = scratch.write("g.tsv", Self.glossary)
        // Two sentences with their English version beside them (story.en.txt); the second has a
        // quote, a backslash and a tab, which JSON must escape.
        let arabic = scratch.write("story.txt", "وصل الوفد إلى بغداد اليوم.\nقال \"المتحدث\" إن الانسحاب\\التدريجي\tبدأ.\n")
        _ = scratch.write("story.en.txt", "The delegation arrived in Baghdad today.\nThe \"spokesman\" said the gradual pullout had begun.\n")
        let result = try runner.run(["align", arabic, "--glossary", glossary, "--format", "jsonl", "--db", scratch.path("x.sqlite")])
        #expect(result.status == 0)
        let lines = jsonObjects(result.stdoutLines)
        #expect(lines.count == 2)
        let second = try #require(lines.last)
        #expect(second["text"] as? String == "قال \"المتحدث\" إن الانسحاب\\التدريجي\tبدأ.")
        #expect(second["kind"] as? String == "body")
        let translation = try #require(second["translation"] as? [String: Any])
        #expect(translation["english"] as? String == "The \"spokesman\" said the gradual pullout had begun.")
        #expect(translation["origin"] as? String == "parallel")
        #expect((translation["score"] as? Double).map { $0 > 0 && $0 <= 1 } == true)
        // "withdrawal" is rendered as its variant "pullout"; "Baghdad" is in the first sentence's English.
        let terms = try #require(second["terms"] as? [[String: Any]])
        #expect(terms.map { $0["english"] as? String } == ["withdrawal"])
        #expect(terms.first?["in_translation"] as? Bool == true)
        #expect(terms.first?["match"] as? String == "clitic")  // الانسحاب: the article
        let firstTerms = try #require(lines.first?["terms"] as? [[String: Any]])
        #expect(firstTerms.map { $0["in_translation"] as? Bool } == [true])
        // Keys in sorted order, as the contract's other writers give them.
        let raw = try #require(result.stdoutLines.last)
        #expect(raw.hasPrefix(#"{"kind":"body","sentence":1,"terms":[{"arabic":"انسحاب","end":"#))
        #expect(raw.contains(#""text":"قال \"المتحدث\" إن الانسحاب\\التدريجي\tبدأ.","translation":{"english":"The \"spokesman\" said"#))
    }

    @Test func alignKeepsTheCompiledGlossaryAndGivesTheSameAnswerFromIt() throws {
        let scratch = Scratch()
        let glossary = scratch.write("g.tsv", Self.glossary)
        let text = Data("وصل الوفد ببغداد.\nأعلنت الولايات المتحدة بدء الانسحاب من العراق.\n".utf8)
        var runner = CommandRunner()
        runner.environment["DRAGOMAN_CACHE"] = scratch.path("cache")
        let arguments = ["align", "-", "--glossary", glossary, "--format", "jsonl", "--db", scratch.path("x.sqlite")]
        let first = try runner.run(arguments, input: text)
        let kept = try FileManager.default.contentsOfDirectory(atPath: scratch.path("cache"))
        #expect(kept.count == 1 && kept[0].hasSuffix(".compiled"))
        let second = try runner.run(arguments, input: text)
        #expect(first.status == 0 && second.status == 0)
        #expect(second.stdout == first.stdout)
        #expect(jsonObjects(first.stdoutLines).compactMap { ($0["terms"] as? [[String: Any]])?.count } == [1, 2])
        // Off: nothing is kept, the answer is the same.
        runner.environment["DRAGOMAN_CACHE"] = "off"
        let off = try runner.run(arguments, input: text)
        #expect(off.stdout == first.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("cache")) == kept)
    }

    @Test func aLongTextIsAlignedAsItsPartsAre() throws {
        // 300 KB: cut into sentences in pieces, matched on all cores, written in large blocks.
        // Every copy of the article must come out as the article alone does.
        let scratch = Scratch()
        let glossary = scratch.write("g.tsv", Self.glossary)
        let article = "وصل الوفد ببغداد.\nأعلنت الولايات المتحدة بدء الانسحاب.\nقال \"المتحدث\"\tإن التنظيم انتهى. داعش هُزم.\n"
        let copies = 3_000
        let one = try runner.run(["align", scratch.write("one.txt", article), "--glossary", glossary, "--format", "jsonl",
                                  "--db", scratch.path("x.sqlite")])
        let all = try runner.run(["align", scratch.write("all.txt", String(repeating: article, count: copies)),
                                  "--glossary", glossary, "--format", "jsonl", "--db", scratch.path("x.sqlite")])
        #expect(one.status == 0 && all.status == 0)
        let single = one.stdoutLines
        let every = all.stdoutLines
        #expect(single.count == 4)
        #expect(every.count == copies * single.count)
        // The lines byte for byte, but for the sentence's index.
        func withoutIndex(_ line: String) -> String {
            line.replacingOccurrences(of: #","sentence":[0-9]+,"#, with: ",", options: .regularExpression)
        }
        let expected = single.map(withoutIndex)
        var mismatches = 0
        for (position, line) in every.enumerated() {
            if withoutIndex(line) != expected[position % single.count] { mismatches += 1 }
            if !line.contains(#","sentence":\#(position),"#) { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(jsonObjects(single).flatMap { ($0["terms"] as? [[String: Any]]) ?? [] }.count == 4)
    }

    @Test func alignWithoutAnyGlossarySaysWhatToDo() throws {
        let scratch = Scratch()
        let file = scratch.write("a.txt", "وصل الوفد ببغداد.")
        let result = try runner.run(["align", file, "--db", scratch.path("x.sqlite")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no glossary"))
    }

    @Test func glossaryImportListLookupExportAndRemove() throws {
        let scratch = Scratch()
        let glossary = scratch.write("g.tsv", Self.glossary)
        let db = scratch.path("desk.sqlite")
        let imported = try runner.run(["glossary", "import", glossary, "--db", db])
        #expect(imported.status == 0)
        #expect(imported.stderr.contains("4 added, 0 replaced, 0 unchanged"))

        let list = try runner.run(["glossary", "list", "--db", db, "--format", "jsonl"])
        #expect(jsonObjects(list.stdoutLines).map { $0["english"] as? String } == ["Baghdad", "withdrawal", "Islamic State", "United States"])

        // Clitics, case and alef spelling do not hide a concept.
        let lookupArabic = try runner.run(["glossary", "lookup", "ببغداد", "--db", db, "--format", "jsonl"])
        #expect(jsonObjects(lookupArabic.stdoutLines).map { $0["english"] as? String } == ["Baghdad"])
        let lookupEnglish = try runner.run(["glossary", "lookup", "isis", "--db", db, "--format", "jsonl"])
        #expect(jsonObjects(lookupEnglish.stdoutLines).map { $0["english"] as? String } == ["Islamic State"])
        let lookupMissing = try runner.run(["glossary", "lookup", "القاهرة", "--db", db])
        #expect(lookupMissing.status == 1)

        let tbx = try runner.run(["glossary", "export", "--format", "tbx", "--db", db])
        #expect(tbx.status == 0)
        #expect(tbx.stdout.contains("<termEntry"))
        let exported = scratch.write("out.tbx", tbx.stdout)
        let other = scratch.path("other.sqlite")
        #expect(try runner.run(["glossary", "import", exported, "--db", other]).status == 0)
        let again = try runner.run(["glossary", "export", "--format", "tsv", "--db", other])
        let original = try runner.run(["glossary", "export", "--format", "tsv", "--db", db])
        #expect(again.stdout == original.stdout)

        let removed = try runner.run(["glossary", "remove", "Baghdad", "--db", db])
        #expect(removed.status == 0)
        let after = try runner.run(["glossary", "list", "--db", db, "--format", "jsonl"])
        #expect(after.stdoutLines.count == 3)
        #expect(try runner.run(["glossary", "remove", "Baghdad", "--db", db]).status == 1)
    }

    @Test func aConflictingImportNamesBothPlacesAndImportsNothing() throws {
        let scratch = Scratch()
        let db = scratch.path("desk.sqlite")
        #expect(try runner.run(["glossary", "import", scratch.write("g.tsv", Self.glossary), "--db", db]).status == 0)
        let clash = scratch.write("clash.tsv", """
            english\tarabic\tarabic_variants\tenglish_variants\tdomain\tnote
            Cairo\tالقاهرة\t\t\tplace\t
            Baghdad province\tمحافظة بغداد\tبغداد\t\tplace\t

            """)
        let result = try runner.run(["glossary", "import", clash, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("clash.tsv:3"))
        #expect(result.stderr.contains("Baghdad province") && result.stderr.contains("\"Baghdad\""))
        let list = try runner.run(["glossary", "list", "--db", db, "--format", "jsonl"])
        #expect(list.stdoutLines.count == 4)  // Cairo was not imported either

        let withinFile = scratch.write("twice.tsv", """
            english\tarabic\tarabic_variants\tenglish_variants\tdomain\tnote
            Iraq\tالعراق\t\t\tplace\t
            Iraqi state\tالدولة العراقية\tالعِراق\t\tplace\t

            """)
        let twice = try runner.run(["glossary", "import", withinFile, "--db", db])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("twice.tsv:3"))
        #expect(twice.stderr.contains("line 2"))
    }

    @Test func badGlossaryFilesGiveFileAndLine() throws {
        let scratch = Scratch()
        let noHeader = scratch.write("bad.tsv", "Baghdad\tبغداد\n")
        let result = try runner.run(["align", "-", "--glossary", noHeader, "--db", scratch.path("x.sqlite")],
                                    input: Data("بغداد".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("dragoman: error: \(noHeader):1: "))
        let unclosed = scratch.write("bad.tbx", "<?xml version=\"1.0\"?>\n<martif type=\"TBX-Basic\">\n<text><body>\n<termEntry>\n")
        let tbx = try runner.run(["glossary", "import", unclosed, "--db", scratch.path("x.sqlite")])
        #expect(tbx.status == 1)
        #expect(tbx.stderr.hasPrefix("dragoman: error: \(unclosed):"))
        #expect(!tbx.stderr.contains("Fatal"))
    }

    @Test func checkReportsMissingAndInconsistentTerms() throws {
        let scratch = Scratch()
        let glossary = scratch.write("g.tsv", Self.glossary)
        let arabic = scratch.write("ar.txt", """
            وصل الوفد إلى بغداد.
            أعلن الانسحاب من المدينة.
            هاجم داعش القرية.
            قالت الولايات المتحدة إن تنظيم الدولة الإسلامية ضعيف.
            ودعت ببغداد إلى الانسحاب.

            """)
        let english = scratch.write("en.txt", """
            The delegation reached Baghdad.
            The pullout from the city was announced.
            ISIS attacked the village.
            Washington said Daesh was weak.
            It called in the capital for a withdrawal.

            """)
        let result = try runner.run(["check", "--source", arabic, "--target", english, "--glossary", glossary,
                                     "--format", "jsonl", "--db", scratch.path("x.sqlite")])
        #expect(result.status == 1)
        let findings = jsonObjects(result.stdoutLines)
        let summary = findings.map { "\($0["kind"] as? String ?? "") \($0["english"] as? String ?? "") \($0["line"] as? Int ?? 0)" }
        #expect(summary == [
            "missing United States 4", "missing Baghdad 5", "inconsistent withdrawal 2", "inconsistent Islamic State 3",
        ])
        let renderings = findings[2]["renderings"] as? [[String: Any]]
        #expect(renderings?.map { $0["english"] as? String } == ["withdrawal", "pullout"])
        #expect(renderings?.map { $0["lines"] as? [Int] } == [[5], [2]])
        #expect(findings[1]["surface"] as? String == "ببغداد")

        let clean = try runner.run(["check", "--source", scratch.write("a1.txt", "وصل الوفد إلى بغداد.\n"),
                                    "--target", scratch.write("e1.txt", "The delegation reached Baghdad's airport.\n"),
                                    "--glossary", glossary, "--db", scratch.path("x.sqlite")])
        #expect(clean.status == 0)
        #expect(clean.stdout.isEmpty)

        // Files that are not line-aligned are paired first: the second Arabic line is two English lines.
        let unevenArabic = scratch.write("a2.txt", """
            وصل الوفد إلى بغداد يوم 12 مايو.
            أعلن الانسحاب من المدينة ودعا داعش إلى الاستسلام خلال 48 ساعة.
            وقالت الولايات المتحدة إنها تراقب الوضع.

            """)
        let unevenEnglish = scratch.write("e2.txt", """
            The delegation reached Baghdad on May 12.
            The pullout from the city was announced.
            ISIS was told to surrender within 48 hours.
            Washington said it was watching.

            """)
        let uneven = try runner.run(["check", "--source", unevenArabic, "--target", unevenEnglish, "--glossary", glossary,
                                     "--format", "jsonl", "--db", scratch.path("x.sqlite")])
        #expect(uneven.status == 1)
        let unevenFindings = jsonObjects(uneven.stdoutLines)
        #expect(unevenFindings.map { "\($0["kind"] as? String ?? "") \($0["english"] as? String ?? "") \($0["line"] as? Int ?? 0)" }
            == ["missing United States 3"])
        #expect((unevenFindings.first?["english_sentence"] as? String) == "Washington said it was watching.")
    }

    @Test func concordanceFindsEveryOccurrenceInTheCorpus() throws {
        let scratch = Scratch()
        let db = scratch.path("desk.sqlite")
        scratch.write("feed/a.txt", "---\nslug: a\ndate: 2024-03-10\n---\nوصل الوفد ببغداد.\nوقال إن بغداد هادئة.\n")
        scratch.write("feed/b.txt", "---\nslug: b\ndate: 2024-03-11\n---\nقال مسؤول بغدادي إن الوضع هادئ.\n")
        #expect(try runner.run(["ingest", scratch.path("feed"), "--db", db]).status == 0)
        #expect(try runner.run(["glossary", "import", scratch.write("g.tsv", Self.glossary), "--db", db]).status == 0)
        let result = try runner.run(["concordance", "بغداد", "--db", db, "--format", "jsonl"])
        #expect(result.status == 0)
        let lines = jsonObjects(result.stdoutLines)
        #expect(lines.map { $0["surface"] as? String } == ["ببغداد", "بغداد"])
        #expect(lines.map { $0["document"] as? String } == ["a", "a"])
        let byEnglish = try runner.run(["concordance", "baghdad", "--db", db, "--format", "jsonl"])
        #expect(byEnglish.stdoutLines.count == 2)
        let unknown = try runner.run(["concordance", "Cairo", "--db", db])
        #expect(unknown.status == 1)
    }
}
