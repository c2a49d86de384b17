/// Gives every distinct token a dense `Int32` id, so matching compares integers, not strings.
struct TokenInterner {
    private var ids: [String: Int32] = [:]

    /// How many distinct tokens have ids; every id is below this.
    var vocabularySize: Int { ids.count }

    /// The ids of `tokens`, in order, assigning new ids to unseen tokens.
    ///
    /// - Complexity: O(n) hash look-ups.
    mutating func intern(_ tokens: [String]) -> [Int32] {
        tokens.map { token in
            if let id = ids[token] { return id }
            let id = Int32(truncatingIfNeeded: ids.count)
            ids[token] = id
            return id
        }
    }
}
