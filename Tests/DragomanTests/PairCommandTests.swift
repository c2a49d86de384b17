import Foundation
import Testing

@Suite struct PairCommandTests {
    let runner = CommandRunner()

    func beads(_ arabic: String, _ english: String, in scratch: Scratch) throws -> [[String: Any]] {
        let result = try runner.run([
            "pair", scratch.write("ar.txt", arabic), scratch.write("en.txt", english), "--lines", "--format", "json",
            "--db", scratch.path("x.sqlite"),
        ])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let beads = try #require(object["beads"] as? [[String: Any]])
        #expect(beads.allSatisfy { ($0["score"] as? Double).map { (0...1).contains($0) } == true && $0["weak"] is Bool })
        return beads
    }

    func shapes(_ beads: [[String: Any]]) -> [String] {
        beads.map { "\(($0["arabic"] as? [Int]) ?? [])>\(($0["english"] as? [Int]) ?? [])" }
    }

    @Test func pairsASentenceTranslatedAsTwo() throws {
        let scratch = Scratch()
        // Arabic line 0 is translated by English lines 0 and 1: its numbers say so.
        let beads = try beads("""
            ارتفع معدل التضخم السنوي إلى 35.7 في المئة في فبراير، وقال البنك المركزي إنه رفع سعر الفائدة 600 نقطة أساس دفعة واحدة.
            وبلغ سعر صرف الدولار 49.5 جنيه في البنوك الحكومية.
            وتراجع المؤشر الرئيسي للبورصة 3 في المئة في ختام التعاملات.

            """, """
            Annual inflation rose to 35.7 percent in February.
            The central bank said it had raised its interest rate by 600 basis points in one step.
            The dollar traded at 49.5 pounds in state banks.
            The main stock index fell 3 percent at the close.

            """, in: scratch)
        #expect(shapes(beads) == ["[0]>[0, 1]", "[1]>[2]", "[2]>[3]"])
        #expect(!FileManager.default.fileExists(atPath: scratch.path("x.sqlite")))
    }

    /// A dropped sentence next to a split one, with nothing in it to anchor it, reads as well
    /// as a 2-2 bead: that is why the drop here stands between anchored sentences.
    @Test func leavesAnUntranslatedSentenceOut() throws {
        let scratch = Scratch()
        let beads = try beads("""
            وصل وزير الخارجية العراقي إلى القاهرة يوم الأحد 12 مايو في زيارة رسمية.
            وأضاف البيان أن القرار اتخذ بالإجماع في اجتماع استثنائي.
            وبلغ سعر صرف الدولار 49.5 جنيه في البنوك الحكومية.
            وتراجع المؤشر الرئيسي للبورصة 3 في المئة في ختام التعاملات.
            وقال الوزير إن بلاده ستستضيف القمة المقبلة في 2025.

            """, """
            Iraq's foreign minister arrived in Cairo on Sunday, May 12, on an official visit.
            The dollar traded at 49.5 pounds in state banks.
            The main stock index fell 3 percent at the close.
            The minister said his country would host the next summit in 2025.

            """, in: scratch)
        #expect(shapes(beads) == ["[0]>[0]", "[1]>[]", "[2]>[1]", "[3]>[2]", "[4]>[3]"])
    }

    @Test func storesThePairsInTheMemory() throws {
        let scratch = Scratch()
        let arabic = scratch.write("a.txt", "وبلغ سعر صرف الدولار 49.5 جنيه.\nوتراجع المؤشر 3 في المئة.\n")
        let english = scratch.write("e.txt", "The dollar traded at 49.5 pounds.\nThe index fell 3 percent.\n")
        let stored = try runner.run(["pair", arabic, english, "--lines", "--store", "--db", scratch.path("tm.sqlite")])
        #expect(stored.status == 0)
        #expect(stored.stderr.contains("2 units added"))
        let search = try runner.run(["tm", "search", "وبلغ سعر صرف الدولار 49.5 جنيه.", "--db", scratch.path("tm.sqlite"),
                                     "--format", "jsonl"])
        #expect(jsonObjects(search.stdoutLines).first?["english"] as? String == "The dollar traded at 49.5 pounds.")
        #expect(jsonObjects(search.stdoutLines).first?["origin"] as? String == "added")
    }
}
