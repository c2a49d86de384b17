import Foundation

/// Reads a file line by line in fixed-size chunks, so a 100 MB JSON Lines corpus streams
/// through constant memory.
struct LineReader {
    private let handle: FileHandle
    private var buffer = Data()
    private var atEnd = false
    private let chunkSize: Int
    /// The 1-based number of the line last returned.
    private(set) var lineNumber = 0

    init?(path: String, chunkSize: Int = 1 << 20) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        self.chunkSize = chunkSize
    }

    /// The next line without its line break, or nil at the end of the file.
    mutating func next() -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = buffer[buffer.startIndex..<newline]
                buffer = buffer[buffer.index(after: newline)...]
                if line.last == 0x0D { line = line.dropLast() }
                lineNumber += 1
                return Data(line)
            }
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                let line = buffer
                buffer = Data()
                lineNumber += 1
                return line.last == 0x0D ? Data(line.dropLast()) : Data(line)
            }
            let chunk = handle.readData(ofLength: chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer = Data(buffer) + chunk }
        }
    }

    func close() { try? handle.close() }
}
