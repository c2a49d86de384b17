/// The n-grams of one token sequence, for clipped matching against another.
///
/// N-grams of ids below `vocabularySize` are packed into one `UInt64` key when
/// `vocabularySize^order` fits (any order ≤ 4 for a vocabulary under 65,536) and counted in a
/// small open-addressing table; otherwise they are counted by slice in a dictionary.
struct NGramCounts {
    /// The n-gram length.
    let order: Int
    /// The number of n-grams in the sequence: max(0, count - order + 1).
    let total: Int
    private let storage: Storage

    private enum Storage {
        case packed(base: UInt64, table: PackedTable)
        case sliced([ArraySlice<Int32>: Int32])
    }

    /// - Complexity: O(n · order).
    init(_ tokens: [Int32], order: Int, vocabularySize: Int) {
        self.order = order
        total = Self.ngramCount(tokens.count, order: order)
        if let base = Self.packingBase(vocabularySize: vocabularySize, order: order) {
            var table = PackedTable(capacity: total)
            Self.forEachPackedKey(tokens, order: order, base: base) { table.add($0) }
            storage = .packed(base: base, table: table)
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
        case .packed(let base, var table):
            Self.forEachPackedKey(candidate, order: order, base: base) { key in
                if table.take(key) { matches += 1 }
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

    /// Calls `body` with every n-gram packed as `Σ id · base^(order - 1 - offset)`, in order.
    private static func forEachPackedKey(
        _ tokens: [Int32], order: Int, base: UInt64, _ body: (UInt64) -> Void
    ) {
        tokens.withUnsafeBufferPointer { tokens in
            for start in 0..<ngramCount(tokens.count, order: order) {
                var key: UInt64 = 0
                for offset in start..<(start + order) {
                    key = key &* base &+ UInt64(truncatingIfNeeded: tokens[offset])
                }
                body(key)
            }
        }
    }
}

/// Counts of packed n-gram keys in an open-addressing table at most half full. A key is
/// stored plus one, so 0 marks an empty slot (a packed key is below `base^order`, which fits
/// in 64 bits, so the sum cannot overflow).
private struct PackedTable {
    private var keys: [UInt64]
    private var counts: [Int32]
    private let shift: UInt64

    init(capacity: Int) {
        var size = 16
        var bits: UInt64 = 4
        while size < capacity * 2 {
            size *= 2
            bits += 1
        }
        keys = [UInt64](repeating: 0, count: size)
        counts = [Int32](repeating: 0, count: size)
        shift = 64 - bits
    }

    /// Fibonacci hashing: the top bits of the key times 2^64/φ.
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    mutating func add(_ key: UInt64) {
        let stored = key &+ 1
        let mask = keys.count - 1
        var slot = slot(of: key)
        while keys[slot] != 0 && keys[slot] != stored { slot = (slot + 1) & mask }
        keys[slot] = stored
        counts[slot] += 1
    }

    /// Takes one occurrence of `key` if any is left.
    mutating func take(_ key: UInt64) -> Bool {
        let stored = key &+ 1
        let mask = keys.count - 1
        var slot = slot(of: key)
        while keys[slot] != 0 {
            if keys[slot] == stored {
                guard counts[slot] > 0 else { return false }
                counts[slot] -= 1
                return true
            }
            slot = (slot + 1) & mask
        }
        return false
    }
}
