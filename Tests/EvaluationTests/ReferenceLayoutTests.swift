import Testing
import Evaluation

@Suite struct ReferenceLayoutTests {
    @Test func pairsByStemAndReportsWhatIsMissingByName() {
        let pairing = ReferenceLayout.pair(
            systemFiles: ["gaza.txt", "amman.txt", "beirut.txt", "tunis.md"],
            referenceFiles: ["gaza.1.txt", "gaza.2.txt", "amman/ahmad.txt", "amman/huda.txt", "cairo.txt", "tunis.txt",
                             "rabat.1.txt", "rabat.2.txt", "doha/a.txt"])
        #expect(pairing.pairs["gaza"] == ReferencePair(system: "gaza.txt", references: ["gaza.1.txt", "gaza.2.txt"]))
        #expect(pairing.pairs["amman"] == ReferencePair(system: "amman.txt", references: ["amman/ahmad.txt", "amman/huda.txt"]))
        #expect(pairing.pairs["tunis"] == ReferencePair(system: "tunis.md", references: ["tunis.txt"]))
        #expect(pairing.stems == ["amman", "gaza", "tunis"])
        #expect(pairing.missingReferences == ["beirut"])
        #expect(pairing.missingSystems == ["cairo", "doha", "rabat"])
    }

    @Test func ordersNumberedReferencesAsNumbers() {
        let references = (1...11).reversed().map { "news.\($0).txt" }
        let pairing = ReferenceLayout.pair(systemFiles: ["news.txt"], referenceFiles: references)
        #expect(pairing.pairs["news"]?.references == (1...11).map { "news.\($0).txt" })
    }

    /// `report.2020.txt` is the reference of a system `report.2020.txt` when there is one,
    /// else reference 2020 of `report`.
    @Test func prefersTheMostSpecificStemThatHasASystem() {
        let exact = ReferenceLayout.pair(systemFiles: ["report.2020.txt"], referenceFiles: ["report.2020.txt"])
        #expect(exact.pairs["report.2020"]?.references == ["report.2020.txt"])
        let numbered = ReferenceLayout.pair(systemFiles: ["report.txt"], referenceFiles: ["report.2020.txt"])
        #expect(numbered.pairs["report"]?.references == ["report.2020.txt"])
    }

    @Test func keepsNamesWithoutATextExtensionWhole() {
        let pairing = ReferenceLayout.pair(
            systemFiles: ["D0103.M.250.A.1.A"], referenceFiles: ["D0103.M.250.A.1.A/x", "D0103.M.250.A.1.A/y"])
        #expect(pairing.pairs["D0103.M.250.A.1.A"]?.references == ["D0103.M.250.A.1.A/x", "D0103.M.250.A.1.A/y"])
    }

    @Test func ignoresHiddenFilesAndReportsDuplicateSystems() {
        let pairing = ReferenceLayout.pair(
            systemFiles: ["a.txt", "a.md", ".DS_Store"], referenceFiles: ["a.txt", "a/.hidden", ".gitkeep"])
        #expect(pairing.pairs["a"] == ReferencePair(system: "a.md", references: ["a.txt"]))
        #expect(pairing.ignoredSystemFiles == ["a.txt"])
        #expect(pairing.missingReferences.isEmpty && pairing.missingSystems.isEmpty)
    }

    @Test func handlesEmptyFolders() {
        let pairing = ReferenceLayout.pair(systemFiles: [], referenceFiles: ["x.txt"])
        #expect(pairing.pairs.isEmpty)
        #expect(pairing.missingSystems == ["x"])
        #expect(ReferenceLayout.pair(systemFiles: ["x.txt"], referenceFiles: []).missingReferences == ["x"])
    }
}

@Suite struct TextExtensionTests {
    @Test(arguments: [("a.txt", true), ("a.TXT", true), ("notes.Md", true), ("a/b.txt", true), (".txt", false),
                      ("a.txt.bak", false), ("a.tx", false), ("atxt", false), ("a\u{E}txt", false)])
    func recognisesTextFileNames(name: String, isText: Bool) {
        #expect(ReferenceLayout.hasTextExtension(name) == isText)
    }
}
