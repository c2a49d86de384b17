/// Lists of fuzzy candidates grouped by what they follow (a word id or a trie node). Each list
/// is kept in two orders, by first letter and length and by last letter and length, and a
/// directory finds the run of candidates with a given first (or last) letter in one probe, so
/// that a query reads only the few candidates that can be one edit away from it.
///
/// - Complexity: finding a run is O(1) expected; memory O(candidates).
struct CandidateLists: Sendable {
    /// A word a typo may stand for, with what rules it out quickly.
    struct Candidate: Sendable {
        var word: Int32
        /// Where its letters start in `FuzzyIndex.letters`.
        var start: Int32
        var count: Int32
        /// Its place in its list in the order the glossary gave it.
        var order: Int32
        /// Its first and last letters (Arabic letters fit in 16 bits).
        var first: UInt16
        var last: UInt16
        /// Zero: the padding before `signature` made a field, so that a compiled glossary
        /// writes no uninitialised bytes.
        var reserved: UInt32 = 0
        /// The set of its letters (`FuzzyIndex.signature`).
        var signature: UInt64
    }

    /// Which end of the word a run shares with the query.
    private enum End: UInt64 {
        case first = 0
        case last = 1
    }

    /// List g is `sorted[starts[g]..<starts[g + 1]]`, by (first letter, length, order).
    private var starts: Table<Int32> = [0]
    private var sorted: Table<Candidate> = []
    /// The same ranges of indexes into `sorted`, by (last letter, length, order).
    private var byLast: Table<Int32> = []
    /// Runs by list, end and letter (see `runKey`), to their ranges in `runs`.
    private var directory = EdgeTable()
    private var runs: [Range<Int32>] = []

    init() {}

    /// Groups `items` (a group and a candidate each, in the glossary's order) into `groups`
    /// lists, numbering each list's candidates in that order.
    init(_ items: [(group: Int32, candidate: Candidate)], groups: Int) {
        var starts = [Int32](repeating: 0, count: groups + 1)
        for item in items { starts[Int(item.group) + 1] += 1 }
        for group in 0..<groups { starts[group + 1] += starts[group] }
        var next = starts
        var sorted = [Candidate](
            repeating: Candidate(word: 0, start: 0, count: 0, order: 0, first: 0, last: 0, signature: 0),
            count: items.count)
        for (group, candidate) in items {
            var candidate = candidate
            candidate.order = next[Int(group)] - starts[Int(group)]
            sorted[Int(next[Int(group)])] = candidate
            next[Int(group)] += 1
        }
        var byLast = Array(0..<Int32(items.count))
        var directory = EdgeTable()
        var runs: [Range<Int32>] = []
        /// Records the runs of equal keys in `range` (sorted by key).
        func addRuns(_ range: Range<Int>, key: (Int) -> UInt64) {
            var runStart = range.lowerBound
            for index in range where index + 1 == range.upperBound || key(index + 1) != key(index) {
                directory.insert(Int32(runs.count), for: key(index))
                runs.append(Int32(runStart)..<Int32(index + 1))
                runStart = index + 1
            }
        }
        for group in 0..<groups where starts[group + 1] > starts[group] {
            let range = Int(starts[group])..<Int(starts[group + 1])
            func key(_ candidate: Candidate, _ end: End) -> UInt64 {
                Self.runKey(Int32(group), end, end == .first ? candidate.first : candidate.last)
            }
            sorted[range].sort { (key($0, .first), $0.count, $0.order) < (key($1, .first), $1.count, $1.order) }
            let list = sorted
            byLast[range].sort {
                (key(list[Int($0)], .last), list[Int($0)].count, list[Int($0)].order)
                    < (key(list[Int($1)], .last), list[Int($1)].count, list[Int($1)].order)
            }
            addRuns(range) { key(list[$0], .first) }
            addRuns(range) { [byLast] in key(list[Int(byLast[$0])], .last) }
        }
        self.starts = Table(starts)
        self.sorted = Table(sorted)
        self.byLast = Table(byLast)
        self.directory = directory
        self.runs = runs
    }

    /// Whether list `group` is empty (or was never filled).
    @inline(__always)
    func isEmpty(_ group: Int32) -> Bool {
        let index = Int(group)
        return index + 1 >= starts.count || starts[index] == starts[index + 1]
    }

    /// Calls `body` once with each candidate of list `group` whose length is within one of
    /// `length` and that begins with `first` or ends with `last`.
    @inline(__always)
    func forEachCandidate(
        in group: Int32, near length: Int, first: UInt16, last: UInt16, _ body: (Candidate) -> Void
    ) {
        guard !isEmpty(group) else { return }
        if let run = directory[Self.runKey(group, .first, first)] {
            for index in runs[Int(run)] {
                let candidate = sorted[Int(index)]
                if Int(candidate.count) < length - 1 { continue }
                if Int(candidate.count) > length + 1 { break }
                body(candidate)
            }
        }
        if let run = directory[Self.runKey(group, .last, last)] {
            for index in runs[Int(run)] {
                let candidate = sorted[Int(byLast[Int(index)])]
                if Int(candidate.count) < length - 1 { continue }
                if Int(candidate.count) > length + 1 { break }
                // Those that also begin with `first` were just seen.
                if candidate.first != first { body(candidate) }
            }
        }
    }

    /// The directory key of a run: list (32 bits), end (1 bit) and letter (16 bits).
    @inline(__always)
    private static func runKey(_ group: Int32, _ end: End, _ letter: UInt16) -> UInt64 {
        UInt64(UInt32(bitPattern: group)) << 32 | end.rawValue << 16 | UInt64(letter)
    }
}

extension CandidateLists {
    /// Writes the lists as `init(reading:)` reads them back (see `CompiledGlossary`).
    func write(to writer: inout CompiledFormWriter) {
        writer.write(table: starts)
        writer.write(table: sorted)
        writer.write(table: byLast)
        directory.write(to: &writer)
        writer.write(array: runs.flatMap { [$0.lowerBound, $0.upperBound] })
    }

    /// Reads lists written by `write(to:)` whose candidates' letters lie in `letters` (the
    /// count of `FuzzyIndex.letters`) and whose words are below `words`.
    init(reading reader: inout CompiledFormReader, letters: Int, words: Int) throws(CompiledGlossaryError) {
        starts = try reader.readTable()
        sorted = try reader.readTable()
        byLast = try reader.readTable()
        directory = try EdgeTable(reading: &reader)
        let bounds: [Int32] = try reader.readArray()
        guard bounds.count % 2 == 0, stride(from: 0, to: bounds.count, by: 2).allSatisfy({ bounds[$0] <= bounds[$0 + 1] })
        else { throw .malformed("a run of fuzzy candidates is reversed") }
        runs = stride(from: 0, to: bounds.count, by: 2).map { bounds[$0]..<bounds[$0 + 1] }
        let count = sorted.count
        guard starts.first == 0, starts.last.map(Int.init) == count, zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }),
            byLast.count == count, byLast.allSatisfy({ $0 >= 0 && Int($0) < count }),
            sorted.allSatisfy({ $0.start >= 0 && $0.count >= 0 && Int($0.start) + Int($0.count) <= letters
                && $0.word >= 0 && Int($0.word) < words }),
            runs.allSatisfy({ $0.lowerBound >= 0 && Int($0.upperBound) <= count }),
            directory.allEntries({ _, run in Int(run) < runs.count })
        else { throw .malformed("the fuzzy candidate lists are inconsistent") }
    }
}
