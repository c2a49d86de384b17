import Foundation
import Terminology

/// Compiled glossaries kept between runs, so that `align --glossary big.tsv` compiles a
/// glossary once and later runs read it back (`CompiledGlossary`): 100,000 concepts are read
/// back in a small fraction of the time reading and compiling them takes.
///
/// ```swift
/// let cache = GlossaryCache.standard()   // $DRAGOMAN_CACHE, else $XDG_CACHE_HOME/dragoman, else ~/.cache/dragoman
/// let matcher = try cache.matcher(files: ["glossary/news.tsv"])
/// ```
///
/// A compiled glossary is kept under a name drawn from the files' paths (one per set of
/// files) and labelled with a digest of the files' bytes, the format and this build of the
/// program: when any of them changes, the label no longer matches and the glossary is
/// compiled afresh. The cache is an aid, never a source: anything it cannot read or write is
/// compiled or left as if there were no cache, and a file is replaced whole (written beside,
/// then renamed), so two runs at once never see half of one.
public struct GlossaryCache: Sendable {
    /// Where compiled glossaries are kept; nil to keep none.
    public let folder: String?

    public init(folder: String?) {
        self.folder = folder
    }

    /// `$DRAGOMAN_CACHE` (`off` for no cache), else `$XDG_CACHE_HOME/dragoman`, else
    /// `~/.cache/dragoman`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> GlossaryCache {
        if let chosen = environment["DRAGOMAN_CACHE"], !chosen.isEmpty {
            return GlossaryCache(folder: chosen == "off" ? nil : chosen)
        }
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            return GlossaryCache(folder: base + "/dragoman")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return GlossaryCache(folder: nil) }
        return GlossaryCache(folder: home + "/.cache/dragoman")
    }

    /// A matcher for the glossary files, read back compiled when the cache holds them as they
    /// are now, else read, compiled, and kept for the next run.
    ///
    /// - Throws: `InputError` from reading the files (`GlossaryFiles.read`).
    /// - Complexity: O(size of the files) to tell whether they changed, then O(size of the
    ///   compiled glossary) to read it back, or compiling it when it must be.
    public func matcher(files: [String], format: GlossaryFormat? = nil) throws(InputError) -> TermMatcher {
        guard let folder, let source = Self.source(of: files, format: format) else { return try Self.compile(files, format) }
        let path = folder + "/" + Self.name(of: files, format: format)
        if let matcher = Self.withMapped(path, { try? CompiledGlossary.matcher(from: $0, source: source) }) ?? nil {
            return matcher
        }
        let matcher = try Self.compile(files, format)
        Self.keep(CompiledGlossary.bytes(of: matcher, source: source), at: path, in: folder)
        return matcher
    }

    private static func compile(_ files: [String], _ format: GlossaryFormat?) throws(InputError) -> TermMatcher {
        TermMatcher(concepts: try GlossaryFiles.read(files, format: format, checkingConflicts: false).map(\.concept))
    }

    /// The label of what a compiled glossary comes from: the bytes of each file, the format
    /// and this build of the program (its executable's size and time); nil when a file cannot
    /// be read (compiling will say why).
    static func source(of files: [String], format: GlossaryFormat?) -> UInt64? {
        var state = KeyHash.mix(UInt64(files.count))
        func fold(_ value: UInt64) { state = KeyHash.mix(state ^ value) }
        for file in files {
            guard let bytes = try? TextReader.contents(of: file) else { return nil }
            fold(bytes.withUnsafeBytes { KeyHash.digest($0) })
        }
        var formatName = format?.rawValue ?? "by extension"
        fold(formatName.withUTF8 { KeyHash.digest(UnsafeRawBufferPointer($0)) })
        var program = stat()
        guard stat("/proc/self/exe", &program) == 0 || stat(CommandLine.arguments.first ?? "", &program) == 0 else {
            return nil
        }
        fold(UInt64(truncatingIfNeeded: program.st_size))
        fold(UInt64(truncatingIfNeeded: program.st_mtim.tv_sec))
        fold(UInt64(truncatingIfNeeded: program.st_mtim.tv_nsec))
        return state
    }

    /// `glossary-` and a digest of the files' absolute paths and the format.
    static func name(of files: [String], format: GlossaryFormat?) -> String {
        let current = FileManager.default.currentDirectoryPath
        var key = files.map { $0.hasPrefix("/") ? $0 : current + "/" + $0 }.joined(separator: "\n")
        key += "\n" + (format?.rawValue ?? "")
        let digest = key.withUTF8 { KeyHash.digest(UnsafeRawBufferPointer($0)) }
        return "glossary-" + String(digest, radix: 16) + ".compiled"
    }

    /// `body` over the bytes of the file at `path` mapped into memory, its pages read in at
    /// once: the tables are then copied once, out of the page cache, where reading the file
    /// would first copy all of it into as much fresh memory (a quarter of a run that aligns
    /// one article with 100,000 concepts). Nil when the file cannot be opened or mapped.
    static func withMapped<R>(_ path: String, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let address = mmap(nil, size, PROT_READ, flags, descriptor, 0), address != MAP_FAILED else { return nil }
        defer { munmap(address, size) }
        return body(UnsafeRawBufferPointer(start: address, count: size))
    }

    /// Writes `bytes` beside `path`, then renames it into place; any failure leaves no trace.
    private static func keep(_ bytes: [UInt8], at path: String, in folder: String) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path + ".\(getpid()).part"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}
