/// How often each n-gram of one token sequence occurs, for clipped matching against another.
///
/// N-grams of ids below `vocabularySize` are packed into one `UInt64` key when
/// `vocabularySize^order` fits (any order ≤ 4 for a vocabulary under 65,536), else keyed by slice.
struct NGramCounts {
    /// The n-gram length.
    let order: Int
    /// The number of n-grams in the sequence: max(0, count - order + 1).
    let total: Int
    private let storage: Storage

    private enum Storage {
        case packed(base: UInt64, counts: [UInt64: Int32])
        case sliced([ArraySlice<Int32>: Int32])
    }

    /// - Complexity: O(n · order).
    init(_ tokens: [Int32], order: Int, vocabularySize: Int) {
        self.order = order
        total = Self.ngramCount(tokens.count, order: order)
        if let base = Self.packingBase(vocabularySize: vocabularySize, order: order) {
            var counts: [UInt64: Int32] = [:]
            Self.forEachPackedKey(tokens, order: order, base: base) { counts[$0, default: 0] += 1 }
            storage = .packed(base: base, counts: counts)
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
    /// - Complexity: O(m · order) in the length m of the candidate.
    func clippedMatches(in candidate: [Int32]) -> Int {
        var matches = 0
        switch storage {
        case .packed(let base, var counts):
            Self.forEachPackedKey(candidate, order: order, base: base) { key in
                if let count = counts[key], count > 0 {
                    counts[key] = count - 1
                    matches += 1
                }
            }
        case .sliced(var counts):
            for start in 0..<Self.ngramCount(candidate.count, order: order) {
                let key = candidate[start..<(start + order)]
                if let count = counts[key], count > 0 {
                    counts[key] = count - 1
                    matches += 1
                }
            }
        }
        return matches
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

    private static func forEachPackedKey(
        _ tokens: [Int32], order: Int, base: UInt64, _ body: (UInt64) -> Void
    ) {
        for start in 0..<ngramCount(tokens.count, order: order) {
            var key: UInt64 = 0
            for offset in start..<(start + order) {
                key = key &* base &+ UInt64(truncatingIfNeeded: tokens[offset])
            }
            body(key)
        }
    }
}
