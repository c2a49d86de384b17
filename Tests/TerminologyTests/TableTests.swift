import Testing
@testable import Terminology

/// Tables read back from a compiled glossary are used where they lie, and stay correct: a
/// table used in place reads as the array it was written from, and one that is changed
/// becomes an array first, leaving the bytes it was read from as they were.
@Suite struct TableTests {
    @Test func aTableReadInPlaceReadsAsTheArrayWrittenAndBecomesAnArrayWhenChanged() throws {
        var writer = CompiledFormWriter()
        writer.write(UInt8(7))  // an odd start: the table after it is padded
        writer.write(table: Table<Int32>([3, -1, 4, 1, 5]))
        writer.write(array: [UInt64(9), 8])
        let stable = writer.bytes.withUnsafeBytes { StableBytes(copying: $0) }
        var reader = CompiledFormReader(stable.bytes, owner: stable)
        #expect(try reader.read(UInt8.self) == 7)
        var table: Table<Int32> = try reader.readTable()
        #expect(table.isInPlace)
        #expect(Array(table) == [3, -1, 4, 1, 5])
        #expect(try reader.readArray(of: UInt64.self) == [9, 8])
        #expect(reader.isAtEnd)
        table[1] = 2
        table.append(9)
        #expect(!table.isInPlace)
        #expect(Array(table) == [3, 2, 4, 1, 5, 9])
        // The bytes read are unchanged: read again, the table is as written.
        var again = CompiledFormReader(stable.bytes, owner: stable)
        _ = try again.read(UInt8.self)
        #expect(Array(try again.readTable(of: Int32.self)) == [3, -1, 4, 1, 5])
        // Without an owner, the same bytes are copied.
        var copying = CompiledFormReader(stable.bytes)
        _ = try copying.read(UInt8.self)
        let copied: Table<Int32> = try copying.readTable()
        #expect(!copied.isInPlace && Array(copied) == [3, -1, 4, 1, 5])
    }

    @Test func aCompiledGlossaryIsReadBackWithItsTablesInPlace() throws {
        let concepts = try GlossaryReader.read(try GoldStandardTests.fixture("glossary.tsv"), format: .tsv).map(\.concept)
        let bytes = CompiledGlossary.bytes(of: TermMatcher(concepts: concepts), source: 5)
        let read = try bytes.withUnsafeBytes { try CompiledGlossary.matcher(from: $0, source: 5) }
        #expect(read.index.outputs.isInPlace && read.index.outputStarts.isInPlace && read.index.fuzzy.letters.isInPlace)
        #expect(read.matches(in: "قال متحدث باسم الخارجية الأميركية لرويترز إن الولايت المتحدة ستسحب قواتها من العراق").count >= 3)
    }
}
