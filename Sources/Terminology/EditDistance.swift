/// Edit distance for typo tolerance.
enum EditDistance {
    /// Whether `a` becomes `b` by at most one insertion, deletion, substitution or swap of two
    /// neighbouring letters (optimal string alignment distance ≤ 1).
    ///
    /// - Complexity: O(n).
    static func isWithinOneEdit<T: Equatable>(_ a: [T], _ b: [T]) -> Bool {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in isWithinOneEdit(a, b) } }
    }

    /// `isWithinOneEdit(_:_:)` over buffers, for letters kept in one arena.
    ///
    /// - Complexity: O(n).
    @inline(__always)
    static func isWithinOneEdit<T: Equatable>(_ a: UnsafeBufferPointer<T>, _ b: UnsafeBufferPointer<T>) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        if prefix == a.count && prefix == b.count { return true }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
            a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
        {
            suffix += 1
        }
        let restA = a.count - prefix - suffix
        let restB = b.count - prefix - suffix
        if restA <= 1 && restB <= 1 { return true }  // one substitution, insertion or deletion
        // A swap of two neighbours: ab ↔ ba.
        return restA == 2 && restB == 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
    }
}
