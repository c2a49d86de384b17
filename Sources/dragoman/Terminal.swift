import Foundation

/// Everything the CLI knows about terminals: where output goes, and whether to decorate it.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("dragoman: error: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("dragoman: warning: \(message)\n".utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// Whether standard error is an interactive terminal (progress lines go there).
    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }
    /// Whether standard output is an interactive terminal (colour only then).
    static var standardOutputIsTerminal: Bool {
        isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Writes a progress line in place (carriage return, no newline).
    static func progress(_ message: String) {
        FileHandle.standardError.write(Data("\r\u{1B}[K\(message)".utf8))
    }

    static func clearProgress() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Buffered standard output: one write per few kilobytes, not one per line.
struct Output {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    mutating func line(_ text: String = "") {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Text as it is, with no newline added. A large text (a whole report) is written straight
    /// from its own storage, not copied through the buffer.
    mutating func write(_ text: String) {
        guard text.utf8.count < 1 << 16 else {
            flush()
            var text = text
            text.withUTF8 { bytes in
                guard let base = bytes.baseAddress else { return }
                FileHandle.standardOutput.write(
                    Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
            }
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// UTF-8 bytes as they are; a large block is written straight from its own storage.
    mutating func write(bytes: [UInt8]) {
        guard bytes.count < 1 << 16 else {
            flush()
            bytes.withUnsafeBytes { block in
                guard let base = block.baseAddress else { return }
                FileHandle.standardOutput.write(
                    Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: block.count, deallocator: .none))
            }
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// What a command has finished with just before the process ends, kept instead of freed: a
/// large result (a compiled glossary, 4 MB of aligned sentences) is millions of objects, and
/// freeing them one by one took 8% of an `align` run; the kernel takes the memory back at
/// once when the process exits (compilers do the same). Only for values held to the end of a
/// command, from the main thread.
enum KeptUntilExit {
    nonisolated(unsafe) private static var values: [Any] = []

    static func keep(_ value: Any) {
        values.append(value)
    }
}
