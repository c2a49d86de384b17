import Terminology
import Testing

@Suite struct GlossaryConflictTests {
    static let iraq = GlossaryEntry(concept: Concept(english: "Iraq", arabic: "العراق"), line: 5)
    static let government = GlossaryEntry(
        concept: Concept(english: "Iraqi government", arabic: "الحكومة العراقية"), line: 6)
    /// Repeats line 5's Arabic form with a kasra.
    static let state = GlossaryEntry(
        concept: Concept(english: "Iraqi state", arabic: "الدولة العراقية", arabicVariants: ["العِراق"]), line: 9)
    /// Repeats line 5's English term in lower case.
    static let mesopotamia = GlossaryEntry(concept: Concept(english: "iraq", arabic: "بلاد الرافدين"), line: 12)
    /// Lists one form twice (hamza and bare alef): no conflict with itself.
    static let america = GlossaryEntry(
        concept: Concept(english: "America", arabic: "أمريكا", arabicVariants: ["أميركا", "امريكا"]), line: 14)
    /// Repeats line 14's form without its hamza.
    static let unitedStates = GlossaryEntry(
        concept: Concept(english: "United States", arabic: "الولايات المتحدة", arabicVariants: ["امريكا"]), line: 15)

    @Test func findsArabicFormsThatDifferOnlyInSpellingAndRepeatedEnglishTerms() {
        let entries = [Self.iraq, Self.government, Self.state, Self.mesopotamia, Self.america, Self.unitedStates]
        #expect(
            GlossaryConflict.conflicts(in: entries) == [
                GlossaryConflict(language: .arabic, form: "العِراق", first: Self.iraq, second: Self.state),
                GlossaryConflict(language: .english, form: "iraq", first: Self.iraq, second: Self.mesopotamia),
                GlossaryConflict(language: .arabic, form: "امريكا", first: Self.america, second: Self.unitedStates),
            ])
    }

    @Test func conflictsCarryBothLines() {
        let conflicts = GlossaryConflict.conflicts(in: [Self.america, Self.unitedStates])
        #expect(conflicts.map { [$0.first.line, $0.second.line] } == [[14, 15]])
    }

    @Test func reportsEachLaterRepeatAgainstTheFirst() {
        let first = GlossaryEntry(concept: Concept(english: "Daesh", arabic: "داعش"), line: 2)
        let second = GlossaryEntry(
            concept: Concept(english: "ISIS", arabic: "تنظيم داعش", arabicVariants: ["داعش"]), line: 3)
        let third = GlossaryEntry(concept: Concept(english: "ISIL", arabic: "دَاعِش"), line: 4)
        #expect(
            GlossaryConflict.conflicts(in: [first, second, third]).map { [$0.first.line, $0.second.line] } == [
                [2, 3], [2, 4],
            ])
    }

    @Test func distinctGlossaryHasNoConflicts() {
        #expect(GlossaryConflict.conflicts(in: [Self.iraq, Self.government, Self.america]).isEmpty)
    }
}
