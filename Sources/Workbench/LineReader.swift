import Foundation

/// Reads a file line by line in fixed-size chunks, so a 100 MB JSON Lines corpus streams
/// through constant memory.
struct LineReader {
    private let handle: FileHandle
    /// Bytes read and not yet returned start at `start`.
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private let chunkSize: Int
    /// The 1-based number of the line last returned.
    private(set) var lineNumber = 0

    init?(path: String, chunkSize: Int = 1 << 20) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        self.chunkSize = chunkSize
    }

    /// The next line without its line break (LF or CR LF), or nil at the end of the file.
    mutating func next() -> Data? {
        while true {
            let newline = buffer.withUnsafeBufferPointer { bytes -> Int? in
                guard start < bytes.count, let base = bytes.baseAddress,
                    let found = memchr(base + start, 0x0A, bytes.count - start)
                else { return nil }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            if let newline {
                defer { start = newline + 1 }
                return line(start..<newline)
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return line(start..<buffer.count)
            }
            // Keep the unfinished line, drop what was returned, read on.
            buffer.removeSubrange(0..<start)
            start = 0
            let chunk = handle.readData(ofLength: chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    private mutating func line(_ range: Range<Int>) -> Data {
        lineNumber += 1
        var end = range.upperBound
        if end > range.lowerBound, buffer[end - 1] == 0x0D { end -= 1 }
        return Data(buffer[range.lowerBound..<end])
    }

    func close() { try? handle.close() }
}
