import ArabicText
import Foundation
import Terminology
import TestSupport
import Testing
@testable import Workbench

/// The compiled-glossary cache: read back while the files are unchanged, compiled afresh when
/// they change, harmless when damaged or absent.
@Suite struct GlossaryCacheTests {
    static let header = "english\tarabic\tarabic_variants\tenglish_variants\tdomain\tnote\n"
    static let baghdad = header + "Baghdad\tبغداد\t\t\tplace\t\nwithdrawal\tانسحاب\t\tpullout\tpolitics\t\n"
    static let sentence = "أعلنت بغداد بدء الانسحاب"

    /// Writes at `path` a compiled glossary of other concepts (Iraq alone) labelled as `file`'s.
    private func plantIraq(asCompiled file: String, at path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        let source = try #require(GlossaryCache.source(of: [bytes], format: nil))
        let other = TermMatcher(concepts: [Concept(english: "Iraq", arabic: "العراق")])
        try Data(CompiledGlossary.bytes(of: other, source: source)).write(to: URL(fileURLWithPath: path))
    }

    /// A glossary file in `scratch`, a cache in its `cache` folder, and the path of the compiled
    /// glossary the cache kept for the file.
    private func compiledOnce(in scratch: Scratch) throws -> (file: String, cache: GlossaryCache, kept: String) {
        let file = scratch.write("g.tsv", Self.baghdad)
        let cache = GlossaryCache(folder: scratch.path("cache"))
        _ = try cache.matcher(files: [file])
        return (file, cache, scratch.path("cache/" + (try cached(in: scratch))[0]))
    }

    private func cached(in scratch: Scratch) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: scratch.path("cache")).filter { $0.hasSuffix(".compiled") }
    }

    @Test func keepsTheCompiledGlossaryAndReadsItBack() throws {
        let scratch = Scratch()
        let file = scratch.write("g.tsv", Self.baghdad)
        let cache = GlossaryCache(folder: scratch.path("cache"))
        let first = try cache.matcher(files: [file])
        #expect(first.matches(in: Self.sentence).map(\.english) == ["Baghdad", "withdrawal"])
        let kept = try cached(in: scratch)
        #expect(kept.count == 1)

        // Proof that the next run reads the cache rather than the file: a compiled glossary of
        // other concepts, labelled as this file's, is what comes back.
        try plantIraq(asCompiled: file, at: scratch.path("cache/" + kept[0]))
        #expect(try cache.matcher(files: [file]).concepts.map(\.english) == ["Iraq"])

        // The file changes: its label no longer matches, it is compiled afresh and kept again.
        _ = scratch.write("g.tsv", Self.baghdad + "Iraq\tالعراق\t\t\tplace\t\n")
        let changed = try cache.matcher(files: [file])
        #expect(changed.concepts.map(\.english) == ["Baghdad", "withdrawal", "Iraq"])
        #expect(try cached(in: scratch) == kept)
        #expect(try cache.matcher(files: [file]).concepts == changed.concepts)
    }

    @Test func aDamagedCacheFileIsCompiledOver() throws {
        let scratch = Scratch()
        let (file, cache, kept) = try compiledOnce(in: scratch)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: kept))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: kept))
        #expect(try cache.matcher(files: [file]).matches(in: Self.sentence).map(\.english) == ["Baghdad", "withdrawal"])
        try Data("not a glossary".utf8).write(to: URL(fileURLWithPath: kept))
        #expect(try cache.matcher(files: [file]).concepts.count == 2)
    }

    @Test func errorsInTheFilesAreReportedAsWithoutACache() throws {
        let scratch = Scratch()
        let cache = GlossaryCache(folder: scratch.path("cache"))
        let bad = scratch.write("bad.tsv", Self.header + "Baghdad\t\t\t\tplace\t\n")
        #expect(throws: InputError.self) { try cache.matcher(files: [bad]) }
        #expect(throws: InputError.self) { try cache.matcher(files: [scratch.path("missing.tsv")]) }
        let kept = FileManager.default.fileExists(atPath: scratch.path("cache")) ? try cached(in: scratch) : []
        #expect(kept.isEmpty)
    }

    @Test func anUnwritableFolderOnlyCostsTheCache() throws {
        let scratch = Scratch()
        let file = scratch.write("g.tsv", Self.baghdad)
        _ = scratch.write("blocker", "a file where the cache folder would be")
        let matcher = try GlossaryCache(folder: scratch.path("blocker/cache")).matcher(files: [file])
        #expect(matcher.concepts.count == 2)
        #expect(try GlossaryCache(folder: nil).matcher(files: [file]).concepts == matcher.concepts)
    }

    @Test func aGlossaryFromAPipeIsReadOnceAndNotKept() throws {
        let scratch = Scratch()
        let pipe = scratch.path("piped.tsv")
        #expect(mkfifo(pipe, 0o600) == 0)
        let writer = Thread {
            // Opening blocks until the cache opens the pipe for reading.
            if let handle = FileHandle(forWritingAtPath: pipe) {
                handle.write(Data(Self.baghdad.utf8))
                try? handle.close()
            }
        }
        writer.start()
        let matcher = try GlossaryCache(folder: scratch.path("cache")).matcher(files: [pipe])
        #expect(matcher.matches(in: Self.sentence).map(\.english) == ["Baghdad", "withdrawal"])
        #expect(!FileManager.default.fileExists(atPath: scratch.path("cache")))
    }

    @Test func anotherUsersOrAWritableFileIsNotTrusted() throws {
        let scratch = Scratch()
        let (file, cache, kept) = try compiledOnce(in: scratch)
        // A compiled glossary of other concepts, labelled as this file's, that others may write.
        try plantIraq(asCompiled: file, at: kept)
        #expect(chmod(kept, 0o666) == 0)
        #expect(try cache.matcher(files: [file]).concepts.map(\.english) == ["Baghdad", "withdrawal"])
    }

    @Test func keepsOnlyTheMostRecentlyUsed() throws {
        let scratch = Scratch()
        let folder = scratch.path("cache")
        let cache = GlossaryCache(folder: folder)
        // Four glossaries with a limit of three: the one used least recently goes.
        var files: [String] = []
        for number in 0..<3 {
            files.append(scratch.write("g\(number).tsv", Self.baghdad))
            _ = try cache.matcher(files: [files[number]])
            usleep(20_000)
        }
        _ = try cache.matcher(files: [files[0]])  // used again: now the most recent
        usleep(20_000)
        let names = try cached(in: scratch)
        #expect(names.count == 3)
        let fourth = scratch.write("g3.tsv", Self.baghdad)
        let matcher = try cache.matcher(files: [fourth])
        GlossaryCache.keep(CompiledGlossary.bytes(of: matcher, source: 1), at: folder + "/" + GlossaryCache.name(of: [fourth], format: nil),
                           in: folder, kept: 3)
        let left = Set(try cached(in: scratch))
        #expect(left.count == 3)
        #expect(left.contains(GlossaryCache.name(of: [files[0]], format: nil)))
        #expect(!left.contains(GlossaryCache.name(of: [files[1]], format: nil)))
        #expect(left.contains(GlossaryCache.name(of: [fourth], format: nil)))
    }

    @Test func theFolderComesFromTheEnvironment() {
        #expect(GlossaryCache.standard(environment: ["DRAGOMAN_CACHE": "/tmp/c", "HOME": "/home/x"]).folder == "/tmp/c")
        #expect(GlossaryCache.standard(environment: ["DRAGOMAN_CACHE": "off", "HOME": "/home/x"]).folder == nil)
        #expect(GlossaryCache.standard(environment: ["XDG_CACHE_HOME": "/var/c", "HOME": "/home/x"]).folder == "/var/c/dragoman")
        #expect(GlossaryCache.standard(environment: ["HOME": "/home/x"]).folder == "/home/x/.cache/dragoman")
        #expect(GlossaryCache.standard(environment: [:]).folder == nil)
    }
}

/// A glossary file is digested a megabyte at a time when its compiled form is looked for, and
/// whole when it is compiled: both must give the same label, or the cache would never be used
/// (or, worse, a label would not follow the bytes).
@Suite struct FileDigestTests {
    @Test(arguments: [0, 1, 1000, FileDigest.chunkSize - 1, FileDigest.chunkSize, FileDigest.chunkSize + 1, 2 * FileDigest.chunkSize, 2 * FileDigest.chunkSize + 7])
    func aFileDigestedInChunksDigestsAsItsBytesHeldWhole(_ size: Int) throws {
        var random = SplitMix64(seed: UInt64(size))
        let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        let scratch = Scratch()
        let file = scratch.write("g.bin", Data(bytes))
        var streamed = FileDigest()
        try TextReader.forEachChunk(of: file, chunkSize: FileDigest.chunkSize) { streamed.add(UnsafeRawBufferPointer($0)) }
        #expect(GlossaryCache.source(digests: [streamed.value], format: nil) == GlossaryCache.source(of: [bytes], format: nil))
        // And a byte changed anywhere changes it.
        if size > 0 {
            var changed = bytes
            changed[size / 2] ^= 1
            #expect(GlossaryCache.source(of: [changed], format: nil) != GlossaryCache.source(of: [bytes], format: nil))
        }
    }
}
