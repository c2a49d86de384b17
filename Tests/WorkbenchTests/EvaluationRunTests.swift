import Evaluation
import Foundation
import Testing
import TestSupport
@testable import Workbench

/// `dragoman eval --system DIR --refs DIR` on small folders written here. ROUGE-1 values are
/// counted by hand in the comments.
@Suite struct EvaluationRunTests {
    /// System `lead`: `gaza` (6 tokens), `rain` (5 tokens), `beirut` (no reference), `.notes.txt`
    /// (hidden), `draft.doc` (not text). References: `gaza.txt`; `rain/` with two files;
    /// `cairo.1.txt` (no summary).
    func layout() -> Scratch {
        let scratch = Scratch()
        scratch.write("lead/gaza.txt", "the cat sat on the mat\n")
        scratch.write("lead/rain.md", "Rain fell in the north.\n")
        scratch.write("lead/beirut.txt", "nothing to compare\n")
        scratch.write("lead/.notes.txt", "hidden\n")
        scratch.write("lead/draft.doc", "not a summary\n")
        scratch.write("refs/gaza.txt", "the cat lay on the red mat\n")
        scratch.write("refs/rain/first.txt", "Heavy rain fell in the north today.\n")
        scratch.write("refs/rain/second.txt", "The north.\n")
        scratch.write("refs/cairo.1.txt", "a reference nobody summarised\n")
        return scratch
    }

    @Test func listsOnlyVisibleTextFilesBelowAFolder() throws {
        let scratch = layout()
        scratch.write("refs/deep/er/x.TXT", "upper-case extension\n")
        scratch.write("refs/.hidden/y.txt", "inside a hidden folder\n")
        scratch.write("refs/z.txt.bak", "backup\n")
        #expect(try EvaluationFolder.textFiles(under: scratch.path("refs")) == [
            "cairo.1.txt", "deep/er/x.TXT", "gaza.txt", "rain/first.txt", "rain/second.txt",
        ])
        #expect(try EvaluationFolder.textFiles(under: scratch.path("lead")) == ["beirut.txt", "gaza.txt", "rain.md"])
    }

    @Test func readsALinkToAFileButNotALinkToAFolder() throws {
        let scratch = layout()
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path("lead/linked.txt"), withDestinationPath: scratch.path("refs/gaza.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path("lead/loop"), withDestinationPath: scratch.path("lead"))
        #expect(try EvaluationFolder.textFiles(under: scratch.path("lead")) == [
            "beirut.txt", "gaza.txt", "linked.txt", "rain.md",
        ])
    }

    /// gaza: the 2, cat, on, mat match: 5 of 6 and 5 of 7, F = (50/42)/(65/42) = 10/13.
    /// rain: against the first reference 5 of 5 and 5 of 7, F = 10/12 = 5/6; against the
    /// second (the north) 2 of 5 and 2 of 2, F = 0.8/1.4 = 4/7; max keeps 5/6.
    /// With the language given, each pair is read and scored in one step; detected, all texts
    /// are read first: the same scores either way.
    @Test(arguments: [nil, RougeRecipe.Language.english])
    func pairsByStemAndScoresEachDocument(language: RougeRecipe.Language?) throws {
        let scratch = layout()
        let outcome = try EvaluationRun.folders(
            systems: [scratch.path("lead")], references: scratch.path("refs"), settings: EvaluationSettings(language: language))
        let lead = try #require(outcome.report.systems.first)
        #expect(lead.name == "lead")
        #expect(lead.documents.map(\.document) == ["gaza", "rain"])
        expect(lead.documents[0].scores[.rouge1], f: 10.0 / 13, precision: 5.0 / 6, recall: 5.0 / 7)
        expect(lead.documents[1].scores[.rouge1], f: 5.0 / 6, precision: 1, recall: 5.0 / 7)
        #expect(abs((lead.metrics[.rouge1]?.f ?? 0) - (10.0 / 13 + 5.0 / 6) / 2) < 1e-12)
        #expect(outcome.report.recipe.language == .english)
        #expect(lead.metrics.keys.sorted() == [.rouge1, .rouge2, .rougeL, .rougeLsum])
    }

    /// With `mean`, rain's ROUGE-1 F is the mean of 5/6 and 4/7.
    @Test func combinesReferencesByTheMeanWhenAsked() throws {
        let scratch = layout()
        let outcome = try EvaluationRun.folders(
            systems: [scratch.path("lead")], references: scratch.path("refs"),
            settings: EvaluationSettings(combination: .mean))
        let rain = try #require(outcome.report.systems.first?.documents.last)
        #expect(abs((rain.scores[.rouge1]?.f ?? 0) - (5.0 / 6 + 4.0 / 7) / 2) < 1e-12)
    }

    @Test func namesSummariesWithoutReferencesAndReferencesWithoutSummaries() throws {
        let scratch = layout()
        scratch.write("lead/gaza.md", "a second file with the same stem\n")
        let outcome = try EvaluationRun.folders(
            systems: [scratch.path("lead")], references: scratch.path("refs"), settings: EvaluationSettings())
        #expect(outcome.unpaired.map(\.description) == [
            "lead: summary 'beirut' has no reference",
            "lead: reference 'cairo' has no summary",
            "lead: 'gaza.txt' ignored, another file has the same stem",
        ])
    }

    @Test func rejectsASystemFolderWhereNothingPairs() throws {
        let scratch = layout()
        scratch.write("other/tunis.txt", "no reference for this one\n")
        let error = try #require(throws: InputError.self) {
            try EvaluationRun.folders(
                systems: [scratch.path("lead"), scratch.path("other")], references: scratch.path("refs"),
                settings: EvaluationSettings())
        }
        #expect(error.file == scratch.path("other"))
        #expect(error.message.hasPrefix("no summary pairs with a reference in \(scratch.path("refs"))"))
    }

    @Test func rejectsMissingAndEmptyFolders() throws {
        let scratch = layout()
        try FileManager.default.createDirectory(atPath: scratch.path("empty"), withIntermediateDirectories: true)
        let missing = try #require(throws: InputError.self) {
            try EvaluationRun.folders(systems: [scratch.path("nope")], references: scratch.path("refs"), settings: EvaluationSettings())
        }
        #expect(missing.description == "\(scratch.path("nope")): no such folder")
        let empty = try #require(throws: InputError.self) {
            try EvaluationRun.folders(systems: [scratch.path("empty")], references: scratch.path("refs"), settings: EvaluationSettings())
        }
        #expect(empty.description == "\(scratch.path("empty")): no .txt or .md files, expected system summaries")
        let file = try #require(throws: InputError.self) {
            try EvaluationRun.folders(
                systems: [scratch.path("lead")], references: scratch.path("refs/gaza.txt"), settings: EvaluationSettings())
        }
        #expect(file.description == "\(scratch.path("refs/gaza.txt")): is a file, expected a folder")
    }

    @Test(arguments: [nil, RougeRecipe.Language.english])
    func namesAFileThatIsNotText(language: RougeRecipe.Language?) throws {
        let scratch = layout()
        let bad = scratch.write("lead/gaza.txt", Data([0x61, 0x0A, 0xFF]))
        let error = try #require(throws: InputError.self) {
            try EvaluationRun.folders(
                systems: [scratch.path("lead")], references: scratch.path("refs"), settings: EvaluationSettings(language: language))
        }
        #expect(error.description == "\(bad):2: invalid UTF-8 at byte offset 2 (0xFF), expected UTF-8 text")
    }

    /// A summary past the 16 KiB read buffer is read whole: 4,000 "alpha" against "alpha beta"
    /// match once: P = 1/4000, R = 1/2.
    @Test(arguments: [nil, RougeRecipe.Language.english])
    func readsASummaryLongerThanTheReadBuffer(language: RougeRecipe.Language?) throws {
        let scratch = Scratch()
        scratch.write("sys/long.txt", String(repeating: "alpha ", count: 4_000) + "\n")
        scratch.write("refs/long.txt", "alpha beta\n")
        let outcome = try EvaluationRun.folders(
            systems: [scratch.path("sys")], references: scratch.path("refs"), settings: EvaluationSettings(language: language))
        let precision = 1.0 / 4_000
        expect(outcome.report.systems.first?.documents.first?.scores[.rouge1], f: 2 * precision * 0.5 / (precision + 0.5),
               precision: precision, recall: 0.5)
    }

    @Test func detectsArabicAndRefusesStopWordsForEnglish() throws {
        let scratch = Scratch()
        scratch.write("sys/a.txt", "أعلنت الوزارة خطة جديدة للنقل\n")
        scratch.write("refs/a.txt", "اعلنت الوزارة خطة للنقل العام\n")
        let arabic = try EvaluationRun.folders(
            systems: [scratch.path("sys")], references: scratch.path("refs"), settings: EvaluationSettings())
        #expect(arabic.report.recipe.language == .arabic)
        // Alef forms fold: اعلنت الوزارة خطة للنقل match, 4 of 5 on each side.
        expect(arabic.report.systems[0].documents[0].scores[.rouge1], f: 0.8, precision: 0.8, recall: 0.8)

        let english = layout()
        #expect(throws: RougeError.noStopWordList(language: "en")) {
            try EvaluationRun.folders(
                systems: [english.path("lead")], references: english.path("refs"),
                settings: EvaluationSettings(removingStopWords: true))
        }
    }

    @Test func namesSystemsByFolderAndByPathWhenTwoShareAName() {
        #expect(EvaluationRun.systemNames(["runs/lead/", "runs/oracle"]) == ["lead", "oracle"])
        #expect(EvaluationRun.systemNames(["a/lead", "b/lead/", "c/random"]) == ["a/lead", "b/lead", "random"])
    }

    @Test func readsEveryFileOfManyPairs() throws {
        let scratch = Scratch()
        for index in 0..<300 {
            scratch.write("sys/\(index).txt", "word\(index) shared words here\n")
            scratch.write("refs/\(index).txt", "shared words word\(index)\n")
        }
        let outcome = try EvaluationRun.folders(
            systems: [scratch.path("sys")], references: scratch.path("refs"), settings: EvaluationSettings())
        let documents = try #require(outcome.report.systems.first?.documents)
        // Natural order: 0, 1, 2, …, 299; every pair shares its three words: P = 3/4, R = 1.
        #expect(documents.map(\.document) == (0..<300).map(String.init))
        for document in documents { expect(document.scores[.rouge1], f: 6.0 / 7, precision: 0.75, recall: 1) }
    }

    func expect(
        _ score: RougeScore?, f: Double, precision: Double, recall: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let score else {
            Issue.record("no score", sourceLocation: sourceLocation)
            return
        }
        #expect(abs(score.f - f) < 1e-12, "F \(score.f)", sourceLocation: sourceLocation)
        #expect(abs(score.precision - precision) < 1e-12, "P \(score.precision)", sourceLocation: sourceLocation)
        #expect(abs(score.recall - recall) < 1e-12, "R \(score.recall)", sourceLocation: sourceLocation)
    }
}
