import Testing
@testable import Terminology

/// The concepts of a compiled glossary, left in its bytes: every field read on demand as the
/// decoded concepts hold it, and records whose lengths or status do not hold up refused when
/// the table is made, before anything reads them.
@Suite struct ConceptTableTests {
    static let concepts = [
        Concept(english: "Islamic State", arabic: "تنظيم الدولة الإسلامية", arabicVariants: ["داعش", "", "الدولة الإسلامية"],
                englishVariants: ["ISIS"], domain: "org", note: "ملاحظة", status: .deprecated),
        Concept(english: "", arabic: "بغداد"),
        Concept(english: "e\u{301}", arabic: "العراق", arabicVariants: ["عراق"], status: .proposed),
    ]

    /// The concept section as `CompiledGlossary` writes it.
    static func section(_ concepts: [Concept]) -> [UInt8] {
        var writer = CompiledFormWriter()
        CompiledGlossary.write(concepts: concepts, to: &writer)
        return writer.bytes
    }

    static func table(_ bytes: [UInt8]) throws(CompiledGlossaryError) -> ConceptTable {
        let stable = bytes.withUnsafeBytes { StableBytes(copying: $0) }
        return try ConceptTable(compiled: stable, section: stable.bytes)
    }

    @Test func readsEachFieldAsTheDecodedConceptsHoldIt() throws {
        let table = try Self.table(Self.section(Self.concepts))
        #expect(table.count == 3)
        for (index, concept) in Self.concepts.enumerated() {
            #expect(table.english(at: index) == concept.english)
            #expect(table.arabicVariantCount(at: index) == concept.arabicVariants.count)
            for (form, arabic) in concept.arabicForms.enumerated() {
                #expect(table.arabic(at: index, form: form) == arabic, "\(index) \(form)")
            }
        }
        #expect(table.all == Self.concepts)
        #expect(table.all == Self.concepts)  // decoded once, then kept
    }

    @Test func refusesRecordsThatDoNotHoldUp() {
        let bytes = Self.section(Self.concepts)
        // Every cut: a length or a count runs past the end, or a record is missing.
        for length in 0..<bytes.count {
            #expect(throws: CompiledGlossaryError.self, "cut at \(length)") { try Self.table(Array(bytes.prefix(length))) }
        }
        // The last byte is the last concept's status.
        var unknownStatus = bytes
        unknownStatus[unknownStatus.count - 1] = UInt8(Concept.Status.allCases.count)
        #expect(throws: CompiledGlossaryError.malformed("an unknown concept status")) { try Self.table(unknownStatus) }
        #expect(throws: CompiledGlossaryError.malformed("unexpected bytes after the concepts")) {
            try Self.table(bytes + [0])
        }
        // A string that claims more bytes than there are.
        var long = bytes
        long.replaceSubrange(8..<16, with: withUnsafeBytes(of: Int(1 << 40)) { Array($0) })
        #expect(throws: CompiledGlossaryError.malformed("a string runs past the end")) { try Self.table(long) }
    }
}
