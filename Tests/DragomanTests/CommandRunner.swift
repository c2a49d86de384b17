import Foundation
import Testing
@_exported import TestSupport

/// Runs the built `dragoman` binary, as a user or a script would.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    static let binary: URL? = {
        var candidates: [URL] = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        for bundle in Bundle.allBundles { candidates.append(bundle.bundleURL.deletingLastPathComponent()) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug"))
        return candidates.map { $0.appendingPathComponent("dragoman") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Where the commands run by the tests keep compiled glossaries (`GlossaryCache`): a folder
    /// of this test run, removed when the test process exits.
    static let cacheFolder: String = {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("dragoman-tests-cache-\(UUID().uuidString)").path
        atexit { try? FileManager.default.removeItem(atPath: CommandRunner.cacheFolder) }
        return folder
    }()

    var environment: [String: String] = [:]
    var directory: URL? = nil

    func run(_ arguments: [String], input: Data? = nil) throws -> Result {
        guard let binary = Self.binary else {
            Issue.record("the dragoman binary was not built")
            return Result(status: -1, stdout: "", stderr: "")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["DRAGOMAN_DB"] = nil
        // Compiled glossaries go to a folder of this test run, not the user's cache.
        env["DRAGOMAN_CACHE"] = Self.cacheFolder
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let inPipe = Pipe()
        // Standard error goes to a file, so neither pipe can fill up and block the child.
        let errorFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("dragoman-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = out
        process.standardError = errorHandle
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let stderrData = (try? Data(contentsOf: errorFile)) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }
}

/// `text[start..<end]` with Unicode scalar offsets, as Python's `str` slicing.
func slice(_ text: String, _ lower: Int, _ upper: Int) -> String { slice(text, lower..<upper) }

func jsonObjects(_ lines: [String]) -> [[String: Any]] {
    lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
}
