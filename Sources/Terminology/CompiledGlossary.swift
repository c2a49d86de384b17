import ArabicText

/// A glossary compiled for matching, as bytes that give the matcher back without reading the
/// glossary's text or compiling it again: the concepts and every table of the term index.
/// Reading 100,000 concepts back takes a few percent of the time compiling them does.
///
/// ```swift
/// let bytes = CompiledGlossary.bytes(of: matcher, source: sourceDigest)
/// let again = try CompiledGlossary.matcher(from: bytes, source: sourceDigest)   // same matches
/// ```
///
/// The tables are written as this build of the program holds them in memory, so the bytes are
/// for the same build only: the caller folds the program's identity into `source` (with what
/// the glossary was compiled from), and bytes made for another source are refused. The bytes
/// end with a digest of all before it, so a damaged copy is refused too, never half read.
public enum CompiledGlossary {
    /// "DRGLOSS" and a format number, bumped whenever what is written changes.
    static let magic: UInt64 = 0x0353_534F_4C47_5244

    /// The bytes of `matcher`, labelled with `source` (a digest of what it was compiled from).
    ///
    /// - Complexity: O(size of the glossary).
    public static func bytes(of matcher: TermMatcher, source: UInt64) -> [UInt8] {
        // The header: magic, source, where the index starts (filled in below), the concepts.
        var writer = CompiledFormWriter()
        writer.write(magic)
        writer.write(source)
        let indexStartField = writer.bytes.count
        writer.write(0)
        write(concepts: matcher.concepts, to: &writer)
        let indexStart = writer.bytes.count
        matcher.index.write(to: &writer)
        var bytes = writer.bytes
        withUnsafeBytes(of: indexStart) { bytes.replaceSubrange(indexStartField..<indexStartField + $0.count, with: $0) }
        let digest = bytes.withUnsafeBytes { KeyHash.digest($0) }
        withUnsafeBytes(of: digest) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// The matcher in `bytes`, which `bytes(of:source:)` wrote for the same `source`: the
    /// digest is checked, then every table and concept record; the tables are used where they
    /// lie and the concepts read as matches ask for them, from `bytes`, which the matcher keeps.
    ///
    /// - Throws: `CompiledGlossaryError.stale` for bytes of another source or format,
    ///   `.malformed` for damaged bytes.
    /// - Complexity: O(size of the glossary): one pass over it, a few copies of small tables.
    public static func matcher(from stable: StableBytes, source: UInt64) throws(CompiledGlossaryError) -> TermMatcher {
        let bytes = stable.bytes
        let digestSize = MemoryLayout<UInt64>.size
        guard bytes.count >= 4 * digestSize else { throw .malformed("too short") }
        let body = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - digestSize)])
        var header = CompiledFormReader(body)
        guard try header.read(UInt64.self) == magic, try header.read(UInt64.self) == source else { throw .stale }
        let indexStart = try header.read(Int.self)
        guard indexStart >= header.offset, indexStart <= body.count else { throw .malformed("the index lies outside the data") }
        guard bytes.loadUnaligned(fromByteOffset: body.count, as: UInt64.self) == KeyHash.digest(body) else {
            throw .malformed("the digest does not match: the data is damaged")
        }
        let concepts = try ConceptTable(
            compiled: stable, section: UnsafeRawBufferPointer(rebasing: body[header.offset..<indexStart]))
        var reader = CompiledFormReader(UnsafeRawBufferPointer(rebasing: body[indexStart...]), owner: stable)
        let index = try TermIndex(reading: &reader)
        guard reader.isAtEnd else { throw .malformed("unexpected bytes after the term index") }
        try index.checkOutputs(against: concepts)
        return TermMatcher(concepts: concepts, index: index)
    }

    /// `matcher(from:source:)` for bytes the caller keeps only for the call: they are copied.
    public static func matcher(from bytes: UnsafeRawBufferPointer, source: UInt64) throws(CompiledGlossaryError)
        -> TermMatcher
    {
        try matcher(from: StableBytes(copying: bytes), source: source)
    }

    /// Writes the concept records `concepts(in:)` and `ConceptTable` read: a count, then each
    /// concept's fields.
    static func write(concepts: [Concept], to writer: inout CompiledFormWriter) {
        writer.write(concepts.count)
        for concept in concepts {
            writer.write(concept.english)
            writer.write(concept.arabic)
            writer.write(strings: concept.arabicVariants)
            writer.write(strings: concept.englishVariants)
            writer.write(concept.domain)
            writer.write(concept.note)
            writer.write(UInt8(Concept.Status.allCases.firstIndex(of: concept.status) ?? 0))
        }
    }

    /// The concepts written by `bytes(of:source:)`: a count, then each concept's fields.
    static func concepts(in bytes: UnsafeRawBufferPointer) throws(CompiledGlossaryError) -> [Concept] {
        var reader = CompiledFormReader(bytes)
        let count = try reader.read(Int.self)
        guard count >= 0, count <= bytes.count else { throw .malformed("a negative or impossible concept count") }
        var concepts: [Concept] = []
        concepts.reserveCapacity(count)
        for _ in 0..<count {
            let english = try reader.readString()
            let arabic = try reader.readString()
            let arabicVariants = try reader.readStrings()
            let englishVariants = try reader.readStrings()
            let domain = try reader.readString()
            let note = try reader.readString()
            let status = Int(try reader.read(UInt8.self))
            guard status < Concept.Status.allCases.count else { throw .malformed("an unknown concept status") }
            concepts.append(Concept(
                english: english, arabic: arabic, arabicVariants: arabicVariants, englishVariants: englishVariants,
                domain: domain, note: note, status: Concept.Status.allCases[status]))
        }
        guard reader.isAtEnd else { throw .malformed("unexpected bytes after the concepts") }
        return concepts
    }
}

/// Why compiled glossary bytes were refused.
public enum CompiledGlossaryError: Error, Equatable, CustomStringConvertible {
    /// Written for another glossary, another build of the program, or another format.
    case stale
    /// Damaged or cut short.
    case malformed(String)

    public var description: String {
        switch self {
        case .stale: "compiled for another glossary or another build"
        case .malformed(let what): "damaged compiled glossary: \(what)"
        }
    }
}
