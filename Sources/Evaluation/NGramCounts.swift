/// The n-grams of one token sequence, for clipped matching against another.
///
/// N-grams of ids below `vocabularySize` are packed into one `UInt64` key when
/// `vocabularySize^order` fits (any order ≤ 4 for a vocabulary under 65,536) and kept sorted,
/// so matching is a merge of two sorted arrays, with no hashing; otherwise they are counted
/// by slice in a dictionary.
struct NGramCounts {
    /// The n-gram length.
    let order: Int
    /// The number of n-grams in the sequence: max(0, count - order + 1).
    let total: Int
    private let storage: Storage

    private enum Storage {
        case packed(base: UInt64, sortedKeys: [UInt64])
        case sliced([ArraySlice<Int32>: Int32])
    }

    /// - Complexity: O(n log n + n · order).
    init(_ tokens: [Int32], order: Int, vocabularySize: Int) {
        self.order = order
        total = Self.ngramCount(tokens.count, order: order)
        if let base = Self.packingBase(vocabularySize: vocabularySize, order: order) {
            storage = .packed(base: base, sortedKeys: Self.sortedKeys(tokens, order: order, base: base))
        } else {
            var counts: [ArraySlice<Int32>: Int32] = [:]
            for start in 0..<total { counts[tokens[start..<(start + order)], default: 0] += 1 }
            storage = .sliced(counts)
        }
    }

    /// Σ over n-grams g of min(count here, count in `candidate`): rouge-score's clipped overlap.
    ///
    /// `candidate` must use ids from the same interner and below the same vocabulary size.
    ///
    /// - Complexity: O(m log m + n) for a candidate of length m.
    func clippedMatches(in candidate: [Int32]) -> Int {
        switch storage {
        case .packed(let base, let sortedKeys):
            return Self.commonCount(sortedKeys, Self.sortedKeys(candidate, order: order, base: base))
        case .sliced(var counts):
            var matches = 0
            for start in 0..<Self.ngramCount(candidate.count, order: order) {
                let key = candidate[start..<(start + order)]
                if let count = counts[key], count > 0 {
                    counts[key] = count - 1
                    matches += 1
                }
            }
            return matches
        }
    }

    /// The ROUGE-N score of `candidate` against the sequence counted here.
    func score(candidate: [Int32]) -> RougeScore {
        RougeScore(
            matches: clippedMatches(in: candidate),
            candidateTotal: Self.ngramCount(candidate.count, order: order),
            referenceTotal: total
        )
    }

    static func ngramCount(_ length: Int, order: Int) -> Int {
        max(0, length - order + 1)
    }

    /// The radix for packing, when `base^order` fits in 64 bits.
    private static func packingBase(vocabularySize: Int, order: Int) -> UInt64? {
        let base = UInt64(max(vocabularySize, 1))
        var capacity: UInt64 = 1
        for _ in 0..<order {
            let (product, overflow) = capacity.multipliedReportingOverflow(by: base)
            if overflow { return nil }
            capacity = product
        }
        return base
    }

    /// Every n-gram packed as `Σ id · base^(order - 1 - offset)`, sorted.
    private static func sortedKeys(_ tokens: [Int32], order: Int, base: UInt64) -> [UInt64] {
        let count = ngramCount(tokens.count, order: order)
        guard count > 0 else { return [] }
        var keys = [UInt64](unsafeUninitializedCapacity: count) { keys, initialized in
            tokens.withUnsafeBufferPointer { tokens in
                for start in 0..<count {
                    var key: UInt64 = 0
                    for offset in start..<(start + order) {
                        key = key &* base &+ UInt64(truncatingIfNeeded: tokens[offset])
                    }
                    keys[start] = key
                }
            }
            initialized = count
        }
        keys.sort()
        return keys
    }

    /// Σ over distinct keys of min(occurrences in `a`, occurrences in `b`), both sorted.
    private static func commonCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0
        var j = 0
        var common = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if b[j] < a[i] {
                j += 1
            } else {
                common += 1
                i += 1
                j += 1
            }
        }
        return common
    }
}
