/// The bytes of a compiled glossary being written: fixed-size values and arrays of them as
/// their memory holds them (this machine's byte order and layout), strings as UTF-8 with their
/// length. Only the same build of the program reads them back (see `CompiledGlossary`).
struct CompiledFormWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write<T: BitwiseCopyable>(_ value: T) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }

    mutating func write<T: BitwiseCopyable>(array: [T]) {
        write(array.count)
        alignForTable()
        array.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func write<T: BitwiseCopyable>(table: Table<T>) {
        write(table.count)
        alignForTable()
        table.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeRawBufferPointer($0)) }
    }

    /// Zeros up to the next multiple of `CompiledFormReader.tableAlignment`, where a table's
    /// values start, so that a reader can use them in place.
    private mutating func alignForTable() {
        while bytes.count % CompiledFormReader.tableAlignment != 0 { bytes.append(0) }
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(strings: [String]) {
        write(strings.count)
        for string in strings { write(string) }
    }
}

/// Reads what `CompiledFormWriter` wrote, checking every length against what is left; a
/// short or malformed input throws instead of reading past its end.
///
/// Tables start at multiples of `tableAlignment` from the start of the written bytes; given
/// the `owner` of bytes that start at such a multiple in memory (a mapped file, a copy),
/// `readTable` uses their values in place.
struct CompiledFormReader {
    private let bytes: UnsafeRawBufferPointer
    private let owner: StableBytes?
    private(set) var offset = 0

    /// Where tables start: a multiple of this many bytes (enough for every value they hold).
    static let tableAlignment = 16

    /// A reader of `bytes`, which lie in `owner`'s (then tables are read in place) or are the
    /// caller's only for as long as it reads (then they are copied).
    init(_ bytes: UnsafeRawBufferPointer, owner: StableBytes? = nil) {
        self.bytes = bytes
        self.owner = owner
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func read<T: BitwiseCopyable>(_: T.Type = T.self) throws(CompiledGlossaryError) -> T {
        let size = MemoryLayout<T>.size
        guard size <= bytes.count - offset else { throw .malformed("the data ends early") }
        defer { offset += size }
        return bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
    }

    mutating func readArray<T: BitwiseCopyable>(of _: T.Type = T.self) throws(CompiledGlossaryError) -> [T] {
        Self.copy(try tableBytes(of: T.self))
    }

    /// The values in `source` (a whole number of them) copied into an array.
    private static func copy<T: BitwiseCopyable>(_ source: UnsafeRawBufferPointer) -> [T] {
        [T](unsafeUninitializedCapacity: source.count / Swift.max(MemoryLayout<T>.stride, 1)) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[..<(buffer.count * MemoryLayout<T>.stride)]))
            initialized = buffer.count
        }
    }

    /// A table written by `write(table:)` (or `write(array:)`): in place when the reader has an
    /// owner and the values lie aligned for `T`, else copied into an array.
    mutating func readTable<T: BitwiseCopyable>(of _: T.Type = T.self) throws(CompiledGlossaryError) -> Table<T> {
        let source = try tableBytes(of: T.self)
        if let owner, let base = source.baseAddress, Int(bitPattern: base) % MemoryLayout<T>.alignment == 0 {
            return Table(inPlace: source.bindMemory(to: T.self), owner: owner)
        }
        return Table(Self.copy(source))
    }

    /// The bytes of a table's values: its count, the padding to `tableAlignment` (counted
    /// from where these bytes lie in memory, which starts as the written bytes do), the values.
    private mutating func tableBytes<T: BitwiseCopyable>(of _: T.Type) throws(CompiledGlossaryError) -> UnsafeRawBufferPointer {
        let count = try readCount()
        if let base = bytes.baseAddress {
            let misalignment = (Int(bitPattern: base) + offset) % Self.tableAlignment
            let padding = misalignment == 0 ? 0 : Self.tableAlignment - misalignment
            guard padding <= bytes.count - offset else { throw .malformed("an array runs past the end") }
            offset += padding
        }
        let stride = MemoryLayout<T>.stride
        guard count <= (bytes.count - offset) / Swift.max(stride, 1) else { throw .malformed("an array runs past the end") }
        defer { offset += count * stride }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count * stride])
    }

    mutating func readString() throws(CompiledGlossaryError) -> String {
        let count = try readCount()
        guard count <= bytes.count - offset else { throw .malformed("a string runs past the end") }
        defer { offset += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
    }

    mutating func readStrings() throws(CompiledGlossaryError) -> [String] {
        let count = try readCount()
        guard count <= bytes.count - offset else { throw .malformed("a list runs past the end") }
        var strings: [String] = []
        strings.reserveCapacity(count)
        for _ in 0..<count { strings.append(try readString()) }
        return strings
    }

    /// Moves past a string without decoding it.
    mutating func skipString() throws(CompiledGlossaryError) {
        let count = try readCount()
        guard count <= bytes.count - offset else { throw .malformed("a string runs past the end") }
        offset += count
    }

    /// Moves past a list of strings without decoding them; the number of strings.
    mutating func skipStrings() throws(CompiledGlossaryError) -> Int {
        let count = try readCount()
        guard count <= bytes.count - offset else { throw .malformed("a list runs past the end") }
        for _ in 0..<count { try skipString() }
        return count
    }

    /// Goes to `offset`, a place an earlier pass over the same bytes found.
    mutating func move(to offset: Int) {
        precondition(offset >= 0 && offset <= bytes.count, "CompiledFormReader: an offset outside the bytes")
        self.offset = offset
    }

    private mutating func readCount() throws(CompiledGlossaryError) -> Int {
        let count = try read(Int.self)
        guard count >= 0 else { throw .malformed("a negative length") }
        return count
    }
}
