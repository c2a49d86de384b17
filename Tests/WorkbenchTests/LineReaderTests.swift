import Foundation
import Testing
import TestSupport
@testable import Workbench

@Suite struct LineReaderTests {
    /// Lines across chunk boundaries, CR LF, empty lines and a last line without a break come
    /// out as written, whatever the chunk size.
    @Test(arguments: [1, 2, 3, 7, 1 << 20])
    func readsEveryLineWhateverTheChunkSize(chunkSize: Int) throws {
        let scratch = Scratch()
        let lines = ["{\"id\": \"أ\"}", "", "سطر ثان\r", "x", "", "آخر سطر بلا نهاية"]
        let path = scratch.write("lines.jsonl", lines.joined(separator: "\n"))
        var reader = try #require(LineReader(path: path, chunkSize: chunkSize))
        var read: [String] = []
        var numbers: [Int] = []
        while let line = reader.next() {
            read.append(String(decoding: line, as: UTF8.self))
            numbers.append(reader.lineNumber)
        }
        #expect(read == ["{\"id\": \"أ\"}", "", "سطر ثان", "x", "", "آخر سطر بلا نهاية"])
        #expect(numbers == Array(1...6))
    }

    @Test func aFileEndingInALineBreakHasNoEmptyLastLine() throws {
        let scratch = Scratch()
        var reader = try #require(LineReader(path: scratch.write("two.txt", "a\r\nb\n"), chunkSize: 2))
        #expect(reader.next() == Data("a".utf8) && reader.next() == Data("b".utf8) && reader.next() == nil)
    }
}
