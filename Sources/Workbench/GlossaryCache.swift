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
        // Standard input, a pipe or a device can be read only once, and has no place to label:
        // compiled as without a cache.
        guard let folder, files.allSatisfy(Self.isRegularFile) else {
            return TermMatcher(concepts: try GlossaryFiles.read(files, format: format, checkingConflicts: false).map(\.concept))
        }
        // The files are digested a chunk at a time (100,000 concepts are 7 MB of TSV, which a
        // run that finds them compiled need not hold); compiled, they are read whole, and the
        // compiled glossary is labelled with the bytes it was compiled from.
        var digests: [UInt64] = []
        for file in files {
            var digest = FileDigest()
            try TextReader.forEachChunk(of: file, chunkSize: FileDigest.chunkSize) { digest.add(UnsafeRawBufferPointer($0)) }
            digests.append(digest.value)
        }
        let path = folder + "/" + Self.name(of: files, format: format)
        if let source = Self.source(digests: digests, format: format), let mapped = Self.mapped(path),
            let matcher = try? CompiledGlossary.matcher(from: mapped, source: source)
        {
            utimes(path, nil)  // used now: the last to be evicted (`keep`)
            return matcher
        }
        var contents: [(file: String, format: GlossaryFormat, bytes: [UInt8])] = []
        for file in files {
            contents.append((file, try GlossaryFiles.format(of: file, given: format), try TextReader.contents(of: file)))
        }
        let source = Self.source(of: contents.map(\.bytes), format: format)
        var concepts: [Concept] = []
        for (file, format, bytes) in contents {
            let text = try TextReader.decode(bytes: bytes, file: file)
            concepts += try GlossaryFiles.read(text: text, of: file, format: format, checkingConflicts: false).map(\.concept)
        }
        let matcher = TermMatcher(concepts: concepts)
        if let source { Self.keep(CompiledGlossary.bytes(of: matcher, source: source), at: path, in: folder) }
        return matcher
    }

    /// Whether `path` names a regular file (not `-`, a pipe or a device).
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return path != "-" && stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// The label of what a compiled glossary comes from: the bytes of each file, the format
    /// and this build of the program (its executable's size and modification time); nil when
    /// the program's file cannot be found, so that no build reads another's tables.
    static func source(of contents: [[UInt8]], format: GlossaryFormat?) -> UInt64? {
        source(digests: contents.map { bytes in bytes.withUnsafeBytes { FileDigest.of($0) } }, format: format)
    }

    /// `source(of:format:)` from each file's `FileDigest`.
    static func source(digests: [UInt64], format: GlossaryFormat?) -> UInt64? {
        var state = KeyHash.mix(UInt64(digests.count))
        func fold(_ value: UInt64) { state = KeyHash.mix(state ^ value) }
        for digest in digests { fold(digest) }
        var formatName = format?.rawValue ?? "by extension"
        fold(formatName.withUTF8 { KeyHash.digest(UnsafeRawBufferPointer($0)) })
        var program = stat()
        #if os(Linux)
        let executable = "/proc/self/exe"
        #else
        guard let executable = Bundle.main.executablePath else { return nil }
        #endif
        guard stat(executable, &program) == 0 else { return nil }
        let modified = modificationTime(program)
        fold(UInt64(truncatingIfNeeded: modified.tv_sec))
        fold(UInt64(truncatingIfNeeded: modified.tv_nsec))
        fold(UInt64(truncatingIfNeeded: program.st_size))
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

    /// The bytes of the file at `path` mapped into memory, its pages read in at once, until
    /// the returned object goes: the tables are used where they lie in the page cache, and the
    /// concepts read from there only as matches need them, where reading the file would first
    /// copy all of it into as much fresh memory. Nil when the file cannot be opened or mapped.
    ///
    /// The cache never changes a file in place (`keep` writes a new one and renames it), so a
    /// mapping stays as it was read even when the file is replaced or evicted meanwhile.
    static func mapped(_ path: String) -> StableBytes? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        // Only a regular file of this user's that no one else may write: tables read back are
        // trusted (checked for damage and consistency, not against a deliberate forgery).
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0,
            status.st_uid == getuid(), status.st_mode & (S_IWGRP | S_IWOTH) == 0
        else { return nil }
        let size = Int(status.st_size)
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let address = mmap(nil, size, PROT_READ, flags, descriptor, 0), address != MAP_FAILED else { return nil }
        return StableBytes(UnsafeRawBufferPointer(start: address, count: size)) { bytes in
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        }
    }

    /// Writes `bytes` beside `path`, then renames it into place; any failure leaves no trace.
    /// Then keeps at most `kept` compiled glossaries in the folder, the most recently used (a
    /// compiled glossary of 100,000 concepts is 47 MB, and every new set of files adds one).
    static func keep(_ bytes: [UInt8], at path: String, in folder: String, kept: Int = 8) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path + ".\(getpid()).part"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let compiled = names.filter { $0.hasPrefix("glossary-") && $0.hasSuffix(".compiled") }.compactMap { name -> (path: String, used: Double)? in
            var status = stat()
            guard stat(folder + "/" + name, &status) == 0 else { return nil }
            let used = modificationTime(status)
            return (path: folder + "/" + name, used: Double(used.tv_sec) + Double(used.tv_nsec) / 1e9)
        }
        guard compiled.count > kept else { return }
        for old in compiled.sorted(by: { $0.used > $1.used }).dropFirst(kept) where old.path != path {
            unlink(old.path)
        }
    }

    /// When the file `status` describes was last modified (its field is named per platform).
    private static func modificationTime(_ status: stat) -> timespec {
        #if os(Linux)
        status.st_mtim
        #else
        status.st_mtimespec
        #endif
    }
}

/// A digest of a file's bytes taken a chunk of `chunkSize` at a time (every chunk but the last
/// full; empty chunks count for nothing), so that a file read in chunks and the same bytes held
/// whole digest alike.
struct FileDigest {
    static let chunkSize = 1 << 20
    private var state: UInt64 = 0
    private var length: UInt64 = 0

    mutating func add(_ chunk: UnsafeRawBufferPointer) {
        guard !chunk.isEmpty else { return }
        state = KeyHash.mix(state ^ KeyHash.digest(chunk))
        length += UInt64(chunk.count)
    }

    var value: UInt64 { KeyHash.mix(state ^ length) }

    /// The digest of bytes held whole: theirs, cut into the chunks a reader would get.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var digest = FileDigest()
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunkSize)
            digest.add(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
            start = end
        }
        return digest.value
    }
}
