import Alignment
import Foundation
import Testing
import TestSupport
@testable import Workbench

@Suite struct MemoryStoreTests {
    static let tico = SampleCorpus.root.deletingLastPathComponent().appendingPathComponent("shared/eval/tico19/all.en-ar.tmx").path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: tico), "../shared/eval/tico19 is absent"))
    func importsTheTicoMemoryCompletelyAndExportsItBack() throws {
        let scratch = Scratch()
        let store = try scratch.store()
        let memory = try MemoryFiles.read(Self.tico)
        #expect(memory.units.count == 3071)
        let report = try store.importMemory(memory.units, file: Self.tico)
        #expect(report == MemoryImportReport(added: 3071, unchanged: 0))
        #expect(try store.memoryCount() == 3071)
        // Exported, written as TMX and read again: the same units, in the same order.
        let exported = try store.memoryUnits().map(\.unit)
        let again = try TMXReader.read(TMXWriter.write(TranslationMemoryFile(units: exported)))
        #expect(again.units == memory.units)
        #expect(try store.importMemory(memory.units).unchanged == 3071)
    }

    @Test func keepsMarkupAndFindsCandidatesThroughClitics() throws {
        let scratch = Scratch()
        let store = try scratch.store()
        let tagged = TranslationUnit(
            id: "7", arabic: Segment(parts: [.text("زار الوزير "), .tag(InlineTag(.ph, "<br/>")), .text("بغداد")]),
            english: "The minister visited Baghdad", notes: ["checked"])
        let plain = TranslationUnit(arabic: "أعلنت الحكومة حظر التجول في البصرة", english: "The government declared a curfew in Basra")
        #expect(try store.importMemory([tagged, plain]).added == 2)
        let units = try store.memoryUnits()
        #expect(units.map(\.unit) == [tagged, plain])
        #expect(units.map(\.origin) == [.imported, .imported])
        // "بالبصرة" finds the unit with "في البصرة"; a query with no shared word finds nothing.
        let found = try store.memoryCandidates(for: "حظر التجول بالبصرة")
        #expect(found.map(\.unit) == [plain])
        #expect(try store.memoryCandidates(for: "ارتفعت أسعار النفط").isEmpty)
    }

    /// A candidate shares two of the query's rarest words; a one-word query asks for that word.
    @Test func candidatesShareTwoOfTheRarestWords() throws {
        let store = try Scratch().store()
        let both = TranslationUnit(arabic: "زار الوزير بغداد أمس", english: "The minister visited Baghdad yesterday")
        let visit = TranslationUnit(arabic: "زار الرئيس دمشق", english: "The president visited Damascus")
        let minister = TranslationUnit(arabic: "الوزير في دمشق", english: "The minister is in Damascus")
        _ = try store.importMemory([both, visit, minister])
        // One shared word (زار, or الوزير) is not enough.
        #expect(try store.memoryCandidates(for: "زار الوزير بغداد").map(\.unit) == [both])
        #expect(Set(try store.memoryCandidates(for: "دمشق").map(\.unit)) == [visit, minister])
    }
}

@Suite struct MemoryImportFailureTests {
    /// When the database refuses a unit, the batch under way is rolled back whole and the error
    /// thrown: no unit of it stays, in the table or in the index.
    @Test func leavesNothingOfTheBatchWhenTheDatabaseRefuses() throws {
        let store = try Scratch().store()
        try store.database.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse BEFORE INSERT ON translation_unit WHEN NEW.english = 'refused'
                BEGIN SELECT RAISE(ABORT, 'disk full'); END
                """)
        }
        let units = [
            TranslationUnit(arabic: "أعلنت الحكومة حظر التجول", english: "The government declared a curfew"),
            TranslationUnit(arabic: "وصل الوفد إلى بغداد", english: "refused"),
        ]
        #expect(throws: StoreError.self) { try store.importMemory(units) }
        #expect(try store.memoryCount() == 0)
        #expect(try store.memoryCandidates(for: "أعلنت الحكومة حظر التجول").isEmpty)
        // The memory still takes units afterwards.
        #expect(try store.importMemory([units[0]]).added == 1)
    }
}
