import Foundation
import Testing

@Suite struct SentencesCommandTests {
    let runner = CommandRunner()

    static var fixture: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/article.txt").path
    }

    @Test func writesOneJSONObjectPerSentenceWithExactOffsets() throws {
        let input = try String(contentsOfFile: Self.fixture, encoding: .utf8)
        let result = try runner.run(["sentences", Self.fixture, "--format", "jsonl"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let objects = jsonObjects(result.stdoutLines)
        #expect(objects.count == result.stdoutLines.count)
        // The front matter is metadata, not sentences; offsets still count from the file's start.
        #expect(!objects.contains { ($0["text"] as? String)?.hasPrefix("slug:") == true })
        #expect(objects.first?["start"] as? Int == 89)  // five lines of front matter (89 scalars, counted with Python str indexes)
        for object in objects {
            let start = object["start"] as? Int ?? -1
            let end = object["end"] as? Int ?? -1
            #expect(slice(input, start, end) == object["text"] as? String)
        }
        #expect(objects.map { $0["index"] as? Int } == Array(0..<objects.count).map { Optional($0) })
        let texts = objects.compactMap { $0["text"] as? String }
        #expect(texts.contains("وقال الوزير للصحفيين إن المحادثات تناولت أمن الحدود."))
        #expect(texts.contains("وترأس الوفد الأمريكي السفير جون إف.\nكارتر، الذي التقى د. سامي العلي مستشار الأمن الوطني."))
        let heading = objects.first { $0["text"] as? String == "محادثات الحدود" }
        #expect(heading?["kind"] as? String == "heading")
    }

    @Test func readsStandardInput() throws {
        let result = try runner.run(["sentences", "-", "--format", "jsonl"], input: Data("قال الوزير.وغادر.".utf8))
        #expect(jsonObjects(result.stdoutLines).compactMap { $0["text"] as? String } == ["قال الوزير.", "وغادر."])
    }

    @Test func reportsBadInputOnOneLineWithStatusOne() throws {
        let scratch = Scratch()
        let cases: [(String, Data, String)] = [
            ("invalid.txt", Data([0x41, 0x0A, 0xC3, 0x28]), "invalid.txt:2: invalid UTF-8 at byte offset 2 (0xC3), expected UTF-8 text"),
            ("empty.txt", Data(), "empty.txt: empty file, expected text"),
            ("binary.bin", Data([0x00, 0x01, 0x02]), "binary.bin:1: binary file (NUL byte at offset 0), expected UTF-8 text"),
        ]
        for (name, data, message) in cases {
            let file = scratch.write(name, data)
            let result = try runner.run(["sentences", file])
            #expect(result.status == 1, "\(name)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderrLines == ["dragoman: error: \(file.replacingOccurrences(of: name, with: ""))\(message)"])
        }
        let missing = try runner.run(["sentences", scratch.path("nope.txt")])
        #expect(missing.status == 1)
        #expect(missing.stderrLines == ["dragoman: error: \(scratch.path("nope.txt")): no such file"])
    }

    @Test func answersAUsageErrorWithStatusTwo() throws {
        let result = try runner.run(["sentences"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Missing expected argument"))
        let badFormat = try runner.run(["sentences", "-", "--format", "xml"], input: Data("نص.".utf8))
        #expect(badFormat.status == 2)
    }
}
