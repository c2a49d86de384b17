/// The words a `TermMatchMemo` remembers, with the steps (glossary readings) and the long
/// readings (where a typo may hide) of each.
///
/// - Complexity: recalling or remembering a word is O(length of its key), amortised; memory
///   O(capacity).
struct WordMemory {
    /// Words whose key is all they are (the key's `ه` is no taa marbuta).
    private var plainWords = WordTable(minimumCapacity: 16384)
    /// Words whose key ends in an `ه` that stands for `ة`.
    private var taaMarbutaWords = WordTable(minimumCapacity: 4096)
    /// What word id i of each table has, as ranges of `steps` and `longReadings`.
    private struct Entry {
        var steps: Range<Int32>
        var longReadings: Range<Int32>
    }

    private var plainEntries: [Entry] = []
    private var taaMarbutaEntries: [Entry] = []
    /// The remembered steps and long readings of every word, one after another.
    private var steps: [SearchWorkspace.Step] = []
    private var longReadings: [SearchWorkspace.LongReading] = []
    /// The most words remembered; past it the memory starts afresh.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Appends the steps and long readings remembered for `key` to `found` and `long`; false
    /// when the word is new.
    func recall(
        _ key: UnsafeBufferPointer<UInt8>, endsInTaaMarbuta: Bool, into found: inout [SearchWorkspace.Step],
        longReadings long: inout [SearchWorkspace.LongReading]
    ) -> Bool {
        let hash = KeyHash.hash(key)
        let entry: Entry
        if endsInTaaMarbuta {
            guard let id = taaMarbutaWords.find(key, hash: hash) else { return false }
            entry = taaMarbutaEntries[id]
        } else {
            guard let id = plainWords.find(key, hash: hash) else { return false }
            entry = plainEntries[id]
        }
        for index in entry.steps { found.append(steps[Int(index)]) }
        for index in entry.longReadings { long.append(longReadings[Int(index)]) }
        return true
    }

    /// Remembers what was found for a word not remembered yet.
    mutating func remember(
        _ found: ArraySlice<SearchWorkspace.Step>, longReadings long: ArraySlice<SearchWorkspace.LongReading>,
        for key: UnsafeBufferPointer<UInt8>, endsInTaaMarbuta: Bool
    ) {
        if plainWords.count + taaMarbutaWords.count >= capacity
            || max(steps.count + found.count, longReadings.count + long.count) > Int(Int32.max)
            || plainWords.byteCount + taaMarbutaWords.byteCount + key.count > Int(UInt32.max)
        {
            plainWords.removeAll()
            taaMarbutaWords.removeAll()
            plainEntries.removeAll(keepingCapacity: true)
            taaMarbutaEntries.removeAll(keepingCapacity: true)
            steps.removeAll(keepingCapacity: true)
            longReadings.removeAll(keepingCapacity: true)
        }
        let hash = KeyHash.hash(key)
        let entry = Entry(
            steps: Int32(steps.count)..<Int32(steps.count + found.count),
            longReadings: Int32(longReadings.count)..<Int32(longReadings.count + long.count))
        if endsInTaaMarbuta {
            guard taaMarbutaWords.insert(key, hash: hash).inserted else { return }
            taaMarbutaEntries.append(entry)
        } else {
            guard plainWords.insert(key, hash: hash).inserted else { return }
            plainEntries.append(entry)
        }
        steps.append(contentsOf: found)
        longReadings.append(contentsOf: long)
    }
}
