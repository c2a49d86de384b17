import Alignment
import Foundation
import Testing

/// Reads the TICO-19 memory when it is beside the repository, in `../shared/eval/tico19/`
/// (never copied into the repository): English source, Arabic target, one `<prop type="note">`
/// per unit.
@Suite struct TMXTICOTests {
    static let path = "../shared/eval/tico19/all.en-ar.tmx"
    static let text = TMXFixtures.optionalText(path)

    @Test(.enabled(if: text != nil, "../shared/eval/tico19/all.en-ar.tmx is absent"))
    func importsEveryUnitAndExportsAnEquivalentMemory() throws {
        let text = try #require(Self.text)
        let memory = try TMXReader.read(text)
        // ../shared/eval/README.md gives 3,071 units; counted here independently of the reader.
        #expect(memory.units.count == 3071)
        #expect(memory.units.count == text.components(separatedBy: "<tu ").count - 1)
        #expect(memory.skippedVariants == 0)
        #expect(memory.header.sourceLanguage == "en")
        #expect(Set(memory.units.compactMap(\.id)).count == 3071)
        #expect(memory.units.allSatisfy { !$0.arabic.plain.isEmpty && !$0.english.plain.isEmpty })
        #expect(memory.units.allSatisfy { $0.properties.map(\.type) == ["note"] })

        let written = TMXWriter.write(memory)
        let again = try TMXReader.read(written)
        #expect(again.header == memory.header)
        #expect(again.units == memory.units)
    }
}
