import Foundation

/// Reads text input (a file path, or `-` for standard input) as validated UTF-8.
///
/// Rejects what is not text with an `InputError` that says where: invalid UTF-8 (with the byte
/// offset and line), a binary file (a NUL byte), an empty file. A byte-order mark is dropped.
public enum TextReader {
    /// Reads and validates `path`.
    public static func read(_ path: String) throws(InputError) -> String {
        if path == "-" { return try decode(FileHandle.standardInput.readDataToEndOfFile(), file: path) }
        return try decode(bytes: contents(of: path), file: path)
    }

    /// Reads and validates the regular file `relative` to an open folder (one path component
    /// for the kernel to look up, not the whole path); errors name the whole path.
    ///
    /// A file that fits in 16 KiB (nearly every summary) takes one `read` into a stack buffer
    /// and no `fstat`: for a regular file, which the folder walk found it to be, a short read
    /// is the end of the file. Larger files are read as `read(_:)` reads them.
    static func read(_ relative: String, in folder: OpenFolder) throws(InputError) -> String {
        let path = EvaluationFolder.path(relative, in: folder.path)
        let descriptor = openat(folder.descriptor, relative, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw openingError(path) }
        let small = 16_384
        let result = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: small) { buffer -> Result<String, InputError>? in
            var failed = false
            let count = fill(buffer, from: descriptor, stoppingAtShortRead: true, failed: &failed)
            if failed {
                return .failure(InputError(file: path, errno == EISDIR ? "is a folder, expected a text file" : "cannot be read (permissions?)"))
            }
            guard count < small else { return nil }
            return Result { () throws(InputError) -> String in
                try decode(UnsafeBufferPointer(rebasing: buffer[..<count]), file: path)
            }
        }
        if let result {
            close(descriptor)
            return try result.get()
        }
        lseek(descriptor, 0, SEEK_SET)
        return try decode(bytes: contents(of: path, descriptor: descriptor), file: path)
    }

    /// Validates and decodes `data` as UTF-8 text.
    public static func decode(_ data: Data, file: String) throws(InputError) -> String {
        try decode(bytes: [UInt8](data), file: file)
    }

    /// Checks that `data`, line `line` of `file` (a JSON Lines record), is UTF-8 text, without
    /// decoding it; the error names that line and the byte offset within it.
    static func validate(line data: Data, file: String, line: Int) throws(InputError) {
        let problem = data.withUnsafeBytes { raw in firstProblem(in: raw.bindMemory(to: UInt8.self)) }
        if let problem {
            throw InputError(file: file, line: line, problem.message.replacingOccurrences(
                of: "at byte offset \(problem.offset) ", with: "at byte \(problem.offset) of the line "))
        }
    }

    static func decode(bytes: [UInt8], file: String) throws(InputError) -> String {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(InputError) -> String in try decode(buffer, file: file) }
        }
        return try result.get()
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) -> String {
        // Valid UTF-8 without a NUL byte, told at the speed of the standard library's check
        // and `memchr`; only a text that fails it is walked again to say where and why. A
        // byte-order mark is left out before decoding (removing it after copies the text).
        let text: String
        if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil {
            text = try decodeWithProblem(bytes, file: file)
        } else if let valid = String(validating: withoutByteOrderMark(bytes), as: UTF8.self) {
            text = valid
        } else {
            text = try decodeWithProblem(bytes, file: file)
        }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw InputError(file: file, "empty file, expected text")
        }
        return text
    }

    /// Throws the first problem of `bytes`; what the fast check refused and the walk finds
    /// nothing wrong with (it cannot happen: both follow the UTF-8 standard) is decoded with
    /// replacement characters.
    private static func decodeWithProblem(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) -> String {
        if let problem = firstProblem(bytes) { throw InputError(file: file, line: problem.line, problem.message) }
        return String(decoding: withoutByteOrderMark(bytes), as: UTF8.self)
    }

    /// `bytes` without the UTF-8 byte-order mark (EF BB BF) they may begin with.
    private static func withoutByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF else { return bytes }
        return UnsafeBufferPointer(rebasing: bytes[3...])
    }

    /// The status of the file at `path`, just opened as `descriptor`; a folder is refused.
    private static func status(ofOpened descriptor: Int32, path: String) throws(InputError) -> stat {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw InputError(file: path, "cannot be read (permissions?)") }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw InputError(file: path, "is a folder, expected a text file") }
        return status
    }

    private static func openingError(_ path: String) -> InputError {
        InputError(file: path, errno == ENOENT || errno == ENOTDIR ? "no such file" : "cannot be read (permissions?)")
    }

    /// The bytes of the file at `path`: for a regular file, one `open`, `fstat`, `read` and
    /// `close` (`dragoman eval` reads thousands of small files); anything else (a pipe, a
    /// device) is read until its end.
    static func contents(of path: String) throws(InputError) -> [UInt8] {
        try contents(of: path, descriptor: open(path, O_RDONLY | O_CLOEXEC))
    }

    /// The bytes of the file just opened as `descriptor` (negative when opening failed, with
    /// `errno` saying why), which is closed here.
    private static func contents(of path: String, descriptor: Int32) throws(InputError) -> [UInt8] {
        guard descriptor >= 0 else { throw openingError(path) }
        defer { close(descriptor) }
        let status = try status(ofOpened: descriptor, path: path)
        var failed = false
        let size = Int(status.st_size)
        if status.st_mode & S_IFMT == S_IFREG && size > 0 {
            // The file as it was when opened: a file that grows meanwhile is read to its old size.
            let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = fill(buffer, from: descriptor, failed: &failed)
            }
            guard !failed else { throw InputError(file: path, "cannot be read (permissions?)") }
            return bytes
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBufferPointer { fill($0, from: descriptor, failed: &failed) }
            guard !failed else { throw InputError(file: path, "cannot be read (permissions?)") }
            bytes += chunk[..<count]
            if count < chunk.count { return bytes }
        }
    }

    /// Calls `body` with the bytes of the file at `path`, `chunkSize` at a time (the last chunk
    /// shorter), through one buffer: for looking at every byte of a large file without holding
    /// it (a digest).
    static func forEachChunk(
        of path: String, chunkSize: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) throws(InputError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw openingError(path) }
        defer { close(descriptor) }
        _ = try status(ofOpened: descriptor, path: path)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, chunkSize))
        defer { buffer.deallocate() }
        var failed = false
        while true {
            let count = fill(buffer, from: descriptor, failed: &failed)
            guard !failed else { throw InputError(file: path, "cannot be read (permissions?)") }
            body(UnsafeBufferPointer(rebasing: buffer[..<count]))
            if count < buffer.count { return }
        }
    }

    /// Reads into `buffer` until it is full or the input ends (or, when asked, a read comes back
    /// short: the end of a regular file); the number of bytes read.
    private static func fill(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32, stoppingAtShortRead: Bool = false,
        failed: inout Bool
    ) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let count = Foundation.read(descriptor, base + filled, buffer.count - filled)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                failed = count < 0
                break
            }
            filled += count
            if stoppingAtShortRead && filled < buffer.count { break }
        }
        return filled
    }

    /// The first NUL byte or invalid UTF-8 sequence, with its line (counted only then).
    ///
    /// - Complexity: O(n); runs of ASCII without NUL are skipped eight bytes at a time.
    private static func firstProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, message: String)? {
        guard let (offset, message) = firstProblem(in: bytes) else { return nil }
        let line = 1 + bytes[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return (line, message)
    }

    private static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, message: String)? {
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                // No byte with its top bit set, and no zero byte: eight plain ASCII characters.
                if word & high == 0 && (word &- 0x0101_0101_0101_0101) & ~word & high == 0 {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte == 0 { return (index, "binary file (NUL byte at offset \(index)), expected UTF-8 text") }
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (index, invalidUTF8(at: index, byte))
            }
            guard index + length <= bytes.count else { return (index, invalidUTF8(at: index, byte)) }
            for continuation in 1..<length where bytes[index + continuation] & 0xC0 != 0x80 {
                return (index, invalidUTF8(at: index, byte))
            }
            // Overlong forms, surrogates and values past U+10FFFF.
            let second = bytes[index + 1]
            if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F)
                || (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second > 0x8F)
            {
                return (index, invalidUTF8(at: index, byte))
            }
            index += length
        }
        return nil
    }

    private static func invalidUTF8(at offset: Int, _ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "invalid UTF-8 at byte offset \(offset) (0x\(hex.count == 1 ? "0" + hex : hex)), expected UTF-8 text"
    }
}
