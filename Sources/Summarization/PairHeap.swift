/// A max-heap of cluster pairs by similarity, for average-link clustering.
///
/// Entries carry the clusters' versions when pushed; the caller skips entries whose clusters
/// have changed since (lazy deletion). Equal similarities pop the pair with the smaller ids
/// first, so the merge order, and the result, never depend on push order.
struct PairHeap: Sendable {
    struct Entry: Sendable {
        var similarity: Double
        var first: Int32
        var second: Int32
        var firstVersion: UInt32
        var secondVersion: UInt32

        /// Whether `self` pops before `other`.
        func precedes(_ other: Entry) -> Bool {
            if similarity != other.similarity { return similarity > other.similarity }
            if first != other.first { return first < other.first }
            if second != other.second { return second < other.second }
            return firstVersion &+ secondVersion > other.firstVersion &+ other.secondVersion
        }
    }

    private var entries: [Entry] = []

    var isEmpty: Bool { entries.isEmpty }

    /// - Complexity: O(log n).
    mutating func push(_ entry: Entry) {
        entries.append(entry)
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].precedes(entries[parent]) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    /// - Complexity: O(log n).
    mutating func pop() -> Entry? {
        guard let top = entries.first else { return nil }
        let last = entries.removeLast()
        guard !entries.isEmpty else { return top }
        entries[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var best = parent
            if left < entries.count && entries[left].precedes(entries[best]) { best = left }
            if right < entries.count && entries[right].precedes(entries[best]) { best = right }
            guard best != parent else { break }
            entries.swapAt(parent, best)
            parent = best
        }
        return top
    }
}
