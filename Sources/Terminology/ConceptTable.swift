import Foundation

/// A matcher's concepts: held decoded, or left in a compiled glossary's bytes and read as they
/// are asked for. A match needs only its concept's English and one Arabic form, so matching
/// with a compiled glossary of 100,000 concepts decodes a few hundred strings, not 600,000;
/// the whole list is decoded once, the first time something asks for it.
///
/// - Complexity: a term's English or Arabic form, O(its length); `all`, O(size of the
///   glossary) the first time, O(1) after.
final class ConceptTable: @unchecked Sendable {
    let count: Int
    private let decoded: [Concept]?
    /// For compiled concepts: the bytes (`CompiledGlossary`'s concept records, a count first),
    /// where each record starts in them, and each concept's number of Arabic variants.
    private let compiled: StableBytes?
    private let section: UnsafeRawBufferPointer
    private let starts: [Int]
    private let variantCounts: [Int32]
    private let lock = NSLock()
    private var decodedLater: [Concept]?

    init(_ concepts: [Concept]) {
        count = concepts.count
        decoded = concepts
        compiled = nil
        section = UnsafeRawBufferPointer(start: nil, count: 0)
        starts = []
        variantCounts = concepts.map { Int32(clamping: $0.arabicVariants.count) }
    }

    /// The concept records `section` of `bytes`, walked once to find each record and check
    /// that every length in them stays inside the section.
    ///
    /// - Throws: `CompiledGlossaryError.malformed` when a record runs past the end, a status
    ///   is unknown or bytes are left over.
    init(compiled bytes: StableBytes, section: UnsafeRawBufferPointer) throws(CompiledGlossaryError) {
        var reader = CompiledFormReader(section)
        let count = try reader.read(Int.self)
        guard count >= 0, count <= section.count else { throw .malformed("a negative or impossible concept count") }
        var starts: [Int] = []
        var variantCounts: [Int32] = []
        starts.reserveCapacity(count)
        variantCounts.reserveCapacity(count)
        for _ in 0..<count {
            starts.append(reader.offset)
            try reader.skipString()  // english
            try reader.skipString()  // arabic
            variantCounts.append(Int32(clamping: try reader.skipStrings()))
            _ = try reader.skipStrings()  // English variants
            try reader.skipString()  // domain
            try reader.skipString()  // note
            guard Int(try reader.read(UInt8.self)) < Concept.Status.allCases.count else {
                throw .malformed("an unknown concept status")
            }
        }
        guard reader.isAtEnd else { throw .malformed("unexpected bytes after the concepts") }
        self.count = count
        self.decoded = nil
        self.compiled = bytes
        self.section = section
        self.starts = starts
        self.variantCounts = variantCounts
    }

    /// The number of Arabic variants of concept `index` (its forms are 0...that).
    func arabicVariantCount(at index: Int) -> Int { Int(variantCounts[index]) }

    /// The approved English term of concept `index`.
    func english(at index: Int) -> String {
        if let decoded { return decoded[index].english }
        var reader = record(index)
        return (try? reader.readString()) ?? ""
    }

    /// Arabic form `form` of concept `index`: 0 the preferred one, then the variants.
    func arabic(at index: Int, form: Int) -> String {
        if let decoded { return form == 0 ? decoded[index].arabic : decoded[index].arabicVariants[form - 1] }
        var reader = record(index)
        do {
            try reader.skipString()
            if form == 0 { return try reader.readString() }
            try reader.skipString()
            _ = try reader.read(Int.self)
            for _ in 1..<form { try reader.skipString() }
            return try reader.readString()
        } catch {
            return ""  // cannot happen: the walk in `init` checked every record
        }
    }

    /// Every concept, in order.
    var all: [Concept] {
        if let decoded { return decoded }
        lock.lock()
        defer { lock.unlock() }
        if let decodedLater { return decodedLater }
        let concepts = (try? CompiledGlossary.concepts(in: section)) ?? []  // checked in `init`
        decodedLater = concepts
        return concepts
    }

    private func record(_ index: Int) -> CompiledFormReader {
        var reader = CompiledFormReader(section)
        reader.move(to: starts[index])
        return reader
    }
}
