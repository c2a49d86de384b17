import Foundation
import Testing

/// `dragoman eval`, run as a user would, on folders written here.
@Suite struct EvalCommandTests {
    let runner = CommandRunner()

    /// Two English documents. gaza: 5 of the 6 system tokens and 5 of the 7 reference tokens
    /// match (the twice, cat, on, mat): F = 2·(5/6)(5/7)/(5/6 + 5/7) = 10/13. rain: 5 of 5 and
    /// 5 of 7: F = 5/6; its second reference (the north: 2 of 5 and 2 of 2, F = 4/7) loses to
    /// the first under max. The mean ROUGE-1 F is (10/13 + 5/6)/2 = 125/156 = 0.80128…
    func pairs() -> Scratch {
        let scratch = Scratch()
        scratch.write("runs/lead/gaza.txt", "The cat sat on the mat.\n")
        scratch.write("runs/lead/rain.txt", "Rain fell in the north.\n")
        scratch.write("refs/gaza.txt", "The cat lay on the red mat.\n")
        scratch.write("refs/rain.1.txt", "Heavy rain fell in the north today.\n")
        scratch.write("refs/rain.2.txt", "The north.\n")
        return scratch
    }

    @Test func printsATableWithTheHandComputedRougeOne() throws {
        let scratch = pairs()
        let result = try runner.run(["eval", "--system", scratch.path("runs/lead"), "--refs", scratch.path("refs")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdoutLines
        #expect(lines.first?.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            == ["system", "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-Lsum"])
        // 125/156 = 0.80128 → 80.1.
        #expect(lines.dropFirst().first?.hasPrefix("lead    80.1 [") == true, "\(lines)")
        #expect(lines.contains("2 documents; F x 100 with 95% bootstrap intervals"))
        #expect(lines.last?.hasPrefix("recipe: en: rouge-score default") == true)
    }

    @Test func writesJSONWithEveryField() throws {
        let scratch = pairs()
        let result = try runner.run([
            "eval", "--system", scratch.path("runs/lead"), "--refs", scratch.path("refs"), "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["documents"] as? Int == 2)
        #expect(object["confidence"] as? Double == 0.95)
        let recipe = try #require(object["recipe"] as? [String: Any])
        #expect(recipe["language"] as? String == "en")
        #expect(recipe["stemming"] as? Bool == false)
        #expect(recipe["references"] as? String == "max")
        let systems = try #require(object["systems"] as? [[String: Any]])
        #expect(systems.map { $0["name"] as? String } == ["lead"])
        let rouge1 = try #require(systems[0]["rouge1"] as? [String: Double])
        #expect(Set(rouge1.keys) == ["precision", "recall", "f", "low", "high"])
        #expect(abs((rouge1["f"] ?? 0) - 125.0 / 156) < 1e-12)
        #expect(abs((rouge1["precision"] ?? 0) - (5.0 / 6 + 1) / 2) < 1e-12)
        #expect(abs((rouge1["recall"] ?? 0) - 5.0 / 7) < 1e-12)
        #expect((rouge1["low"] ?? 1) <= (rouge1["f"] ?? 0) && (rouge1["f"] ?? 1) <= (rouge1["high"] ?? 0))
        for metric in ["rouge2", "rougeL", "rougeLsum"] { #expect(systems[0][metric] is [String: Double]) }
        #expect(object["protocol"] == nil)
    }

    @Test func writesOneJSONLinePerDocument() throws {
        let scratch = pairs()
        let result = try runner.run([
            "eval", "--system", scratch.path("runs/lead"), "--refs", scratch.path("refs"), "--format", "jsonl",
        ])
        let objects = jsonObjects(result.stdoutLines)
        #expect(objects.map { $0["document"] as? String } == ["gaza", "rain"])
        #expect(objects.map { $0["system"] as? String } == ["lead", "lead"])
        let gaza = try #require(objects.first?["rouge1"] as? [String: Double])
        #expect(abs((gaza["f"] ?? 0) - 10.0 / 13) < 1e-12)
    }

    @Test func failsBelowAThresholdAfterPrintingTheReport() throws {
        let scratch = pairs()
        let result = try runner.run([
            "eval", "--system", scratch.path("runs/lead"), "--refs", scratch.path("refs"), "--fail-below", "rouge1=0.99",
            "--fail-below", "rouge2=0.1",
        ])
        #expect(result.status == 1)
        #expect(result.stdoutLines.first?.hasPrefix("system") == true)
        #expect(result.stderrLines == ["dragoman: error: lead: rouge1 F 0.8013 is below 0.9900"])
        let passing = try runner.run([
            "eval", "--system", scratch.path("runs/lead"), "--refs", scratch.path("refs"), "--fail-below", "rouge1=80",
        ])
        #expect(passing.status == 0, "\(passing.stderr)")
        // JSON Lines draws no bootstrap, and the threshold still reads the same mean.
        let lines = try runner.run([
            "eval", "--system", scratch.path("runs/lead"), "--refs", scratch.path("refs"), "--format", "jsonl",
            "--fail-below", "rouge1=0.99",
        ])
        #expect(lines.status == 1)
        #expect(lines.stderrLines == ["dragoman: error: lead: rouge1 F 0.8013 is below 0.9900"])
    }

    @Test(arguments: [
        (["eval", "--system", "x"], "--system needs --refs DIR"),
        (["eval"], "give --system DIR (repeatable) with --refs DIR, or --easc DIR"),
        (["eval", "--easc", "e", "--system", "s", "--refs", "r"], "give either --easc DIR or --system DIR with --refs DIR, not both"),
        (["eval", "--easc", "e", "--summarizers", "lead,textrank"], "unknown summarizer 'textrank', expected one of: dragoman, lead, oracle, random"),
        (["eval", "--system", "s", "--refs", "r", "--fail-below", "rouge9x=1"], "unknown metric 'rouge9x'"),
        (["eval", "--system", "s", "--refs", "r", "--language", "en", "--stopwords"], "no English stop-word list"),
        (["eval", "--system", "s", "--refs", "r", "--format", "pdf"], "pdf"),
    ])
    func exitsTwoOnAUsageError(arguments: [String], message: String) throws {
        let result = try runner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func namesUnpairedFilesOnStandardErrorAndFailsWhenNothingPairs() throws {
        let scratch = pairs()
        scratch.write("runs/lead/beirut.txt", "No reference here.\n")
        scratch.write("refs/cairo.txt", "No summary here.\n")
        let result = try runner.run(["eval", "--system", scratch.path("runs/lead"), "--refs", scratch.path("refs")])
        #expect(result.status == 0)
        #expect(result.stderrLines == [
            "dragoman: warning: lead: summary 'beirut' has no reference",
            "dragoman: warning: lead: reference 'cairo' has no summary",
        ])
        scratch.write("runs/other/tunis.txt", "Nothing pairs.\n")
        let failed = try runner.run(["eval", "--system", scratch.path("runs/other"), "--refs", scratch.path("refs")])
        #expect(failed.status == 1)
        #expect(failed.stderrLines.first?.hasPrefix("dragoman: error: \(scratch.path("runs/other")): no summary pairs with a reference") == true)
    }

    @Test func writesHTMLToAFile() throws {
        let scratch = pairs()
        let page = scratch.path("report.html")
        let result = try runner.run([
            "eval", "--system", scratch.path("runs/lead"), "--refs", scratch.path("refs"), "--format", "html", "--output", page,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<td>lead</td>"))
    }

    /// One topic: a three-sentence article and two references that are its second sentence
    /// (alef forms flattened). The references have 6 words; lead cuts the first sentence to 6
    /// words, the oracle picks the second sentence.
    @Test func runsTheSummarizersOnAnEASCFolder() throws {
        let scratch = Scratch()
        scratch.write("easc/Articles/Topic4/News (4).txt", "\u{FEFF}افتتحت الوزارة اليوم مستشفى جديدا في المدينة.\nوأكد الوزير أن العلاج سيكون مجانيا.\nوحضر الحفل عدد من المسؤولين.\n")
        for name in ["D0104.M.250.A.1.A", "D0104.M.250.A.2.B"] {
            scratch.write("easc/MTurk/Topic4/\(name)", "\u{FEFF}واكد الوزير ان العلاج سيكون مجانيا.\n")
        }
        let result = try runner.run([
            "eval", "--easc", scratch.path("easc"), "--summarizers", "lead,oracle", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["documents"] as? Int == 1)
        let systems = try #require(object["systems"] as? [[String: Any]])
        #expect(systems.map { $0["name"] as? String } == ["lead", "oracle"])
        let oracle = try #require(systems.last?["rouge1"] as? [String: Double])
        #expect(oracle["f"] == 1)
        // Lead's six words share none with the reference.
        let lead = try #require(systems.first?["rouge1"] as? [String: Double])
        #expect(lead["f"] == 0)
        #expect((object["protocol"] as? String)?.hasPrefix("EASC: budget") == true)
        #expect((object["recipe"] as? [String: Any])?["language"] as? String == "ar")
    }
}
