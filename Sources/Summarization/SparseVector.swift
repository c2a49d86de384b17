import Foundation

/// A TF-IDF vector over interned term ids, ids ascending, with its Euclidean norm.
struct SparseVector: Sendable {
    private(set) var ids: [Int32] = []
    private(set) var weights: [Double] = []
    private(set) var norm: Double = 0
    /// The sum of the idf of the distinct terms (for `containment`).
    private(set) var mass: Double = 0

    init() {}

    /// The vector of `terms` (ids, repeated as they occur): term frequency times idf, or
    /// `1 + ln(tf)` times idf when `sublinear` (for whole articles, so one repeated name does
    /// not outweigh the rest).
    init(terms: [Int32], idf: [Double], sublinear: Bool = false) {
        guard !terms.isEmpty else { return }
        let sorted = terms.sorted()
        ids.reserveCapacity(sorted.count)
        weights.reserveCapacity(sorted.count)
        var start = 0
        while start < sorted.count {
            let id = sorted[start]
            var end = start + 1
            while end < sorted.count && sorted[end] == id { end += 1 }
            let tf = Double(end - start)
            let weight = (sublinear ? 1 + log(tf) : tf) * idf[Int(id)]
            ids.append(id)
            weights.append(weight)
            norm += weight * weight
            mass += idf[Int(id)]
            start = end
        }
        norm = norm.squareRoot()
    }

    var isEmpty: Bool { ids.isEmpty }

    /// The dot product with a dense vector indexed by term id.
    ///
    /// - Complexity: O(m) in the terms of this vector.
    func dot(dense: [Double]) -> Double {
        var sum = 0.0
        for (index, id) in ids.enumerated() { sum += weights[index] * dense[Int(id)] }
        return sum
    }

    /// Adds this vector, scaled to unit length, into a dense vector indexed by term id.
    func addUnit(into dense: inout [Double]) {
        guard norm > 0 else { return }
        for (index, id) in ids.enumerated() { dense[Int(id)] += weights[index] / norm }
    }

    /// Sets the entries of this vector's terms back to zero in a dense vector.
    func clear(in dense: inout [Double]) {
        for id in ids { dense[Int(id)] = 0 }
    }

    /// The dot product with `other`.
    ///
    /// - Complexity: O(m + n), a merge of the two id lists.
    func dot(_ other: SparseVector) -> Double {
        var sum = 0.0
        forEachShared(with: other) { i, j in sum += weights[i] * other.weights[j] }
        return sum
    }

    /// Calls `body` with the positions in `self` and `other` of every term both hold, in id
    /// order: a merge of the two sorted id lists.
    @inline(__always)
    private func forEachShared(with other: SparseVector, _ body: (Int, Int) -> Void) {
        var i = 0
        var j = 0
        let a = ids
        let b = other.ids
        while i < a.count && j < b.count {
            let x = a[i]
            let y = b[j]
            if x == y {
                body(i, j)
                i += 1
                j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
    }

    /// The cosine with `other`: 0 when either is empty.
    func cosine(_ other: SparseVector) -> Double {
        guard norm > 0 && other.norm > 0 else { return 0 }
        return min(1, dot(other) / (norm * other.norm))
    }

    /// The cosine of every pair of `vectors`, row by row (`count × count`, 0 on the diagonal),
    /// each as `cosine(_:)` gives it.
    ///
    /// Each vector in turn is spread into a dense array by term id, and the later ones read
    /// their products from it: no merge of id lists, whose branches the processor cannot
    /// guess. The terms missing from the dense vector add exact zeros, so every value is the
    /// merge's, bit for bit.
    ///
    /// - Complexity: O(n·m + n²·m̄) for n vectors of m̄ terms on average.
    static func cosines(_ vectors: [SparseVector]) -> [Double] {
        let count = vectors.count
        var cosines = [Double](repeating: 0, count: count * count)
        // A loop, not `compactMap(\.ids.last)`: a key path through a computed property is
        // built and projected at run time, element by element.
        var largestID: Int32 = -1
        for vector in vectors { if let last = vector.ids.last { largestID = max(largestID, last) } }
        let termCount = Int(largestID) + 1
        var dense = [Double](repeating: 0, count: termCount)
        for i in 0..<count where vectors[i].norm > 0 {
            let row = vectors[i]
            for (index, id) in row.ids.enumerated() { dense[Int(id)] = row.weights[index] }
            for j in (i + 1)..<max(i + 1, count) where vectors[j].norm > 0 {
                let cosine = min(1, vectors[j].dot(dense: dense) / (row.norm * vectors[j].norm))
                cosines[i * count + j] = cosine
                cosines[j * count + i] = cosine
            }
            row.clear(in: &dense)
        }
        return cosines
    }

    /// The share of the smaller vector's idf mass found in the other: the sum of the idf of the
    /// distinct terms both hold, over the smaller of the two sums. 1 when one sentence's terms
    /// all occur in the other, whatever the other adds.
    ///
    /// - Complexity: O(m + n).
    func containment(_ other: SparseVector, idf: [Double]) -> Double {
        var shared = 0.0
        forEachShared(with: other) { i, _ in shared += idf[Int(ids[i])] }
        let smaller = min(mass, other.mass)
        return smaller > 0 ? min(1, shared / smaller) : 0
    }

    /// The `count` heaviest term ids, heaviest first (ties: smaller id first).
    func heaviest(_ count: Int) -> [Int32] {
        guard count > 0 else { return [] }
        let order = weights.indices.sorted { weights[$0] > weights[$1] || (weights[$0] == weights[$1] && $0 < $1) }
        return order.prefix(count).map { ids[$0] }
    }
}
