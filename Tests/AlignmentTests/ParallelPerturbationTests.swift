import Alignment
import Testing

@Suite struct ParallelPerturbationTests {
    static let arabic = (0..<2000).map { "سطر \($0)" }
    static let english = (0..<2000).map { "line \($0)" }

    @Test func goldBeadsCoverEveryLineInOrder() {
        let task = ParallelPerturbation(seed: 1).apply(arabic: Self.arabic, english: Self.english)
        var arabic = 0
        var english = 0
        for bead in task.gold {
            #expect(bead.arabic.lowerBound == arabic && bead.english.lowerBound == english)
            arabic = bead.arabic.upperBound
            english = bead.english.upperBound
        }
        #expect(arabic == task.arabic.count && english == task.english.count)
        // A joined line holds both originals: the first bead that joins Arabic lines shows it.
        if let join = task.gold.first(where: { $0.arabic.count == 1 && $0.english.count == 2 }) {
            let first = task.english[join.english.lowerBound]
            let second = task.english[join.english.lowerBound + 1]
            let number = { (line: String) in line.split(separator: " ").last.map(String.init) ?? "" }
            #expect(task.arabic[join.arabic.lowerBound] == "سطر \(number(first)) سطر \(number(second))")
        }
    }

    @Test func theSameSeedGivesTheSameTask() {
        let first = ParallelPerturbation(seed: 42).apply(arabic: Self.arabic, english: Self.english)
        let second = ParallelPerturbation(seed: 42).apply(arabic: Self.arabic, english: Self.english)
        #expect(first.arabic == second.arabic && first.english == second.english && first.gold == second.gold)
    }

    @Test func joinsAndDropsAtAboutTheRatesAskedFor() {
        let task = ParallelPerturbation(seed: 7).apply(arabic: Self.arabic, english: Self.english)
        func share(_ arabic: Int, _ english: Int) -> Double {
            Double(task.gold.filter { $0.arabic.count == arabic && $0.english.count == english }.count) / Double(task.gold.count)
        }
        // Per bead: joins 10% each, drops 4% each (with a little sampling noise).
        #expect((0.07...0.13).contains(share(1, 2)))
        #expect((0.07...0.13).contains(share(2, 1)))
        #expect((0.02...0.06).contains(share(1, 0)))
        #expect((0.02...0.06).contains(share(0, 1)))
    }
}
