/// The English names of a document by consonant skeleton, for finding the ones an Arabic word
/// may stand for, allowing one edit in longer skeletons (`kfn` for كافانو meets `kfng`,
/// Kavanaugh).
///
/// Fuzzy look-up uses deletion neighbourhoods (every skeleton is also filed under each of its
/// one-letter deletions), so a query costs a few dictionary look-ups, not a scan of the names.
///
/// - Complexity: building is O(k·s) for k names of s letters; a look-up is O(s²).
struct SkeletonIndex {
    /// Skeletons shorter than this match only exactly: one edit from a shorter name meets common
    /// words by chance (measured on news: ten times as often as the name itself).
    static let shortestFuzzy = 5

    private(set) var skeletons: [[UInt8]] = []
    private var exact: [[UInt8]: Int32] = [:]
    private var deletions: [[UInt8]: [Int32]] = [:]

    /// Files `skeleton` and returns its number (the same number for the same skeleton).
    @discardableResult
    mutating func insert(_ skeleton: [UInt8]) -> Int32 {
        if let known = exact[skeleton] { return known }
        let id = Int32(skeletons.count)
        skeletons.append(skeleton)
        exact[skeleton] = id
        if skeleton.count >= Self.shortestFuzzy {
            for position in skeleton.indices {
                var deleted = skeleton
                deleted.remove(at: position)
                deletions[deleted, default: []].append(id)
            }
        }
        return id
    }

    /// The number of `skeleton` if it was filed as it is.
    func exactMatch(_ skeleton: [UInt8]) -> Int32? { exact[skeleton] }

    /// The filed skeletons one edit or less from `skeleton`, each with whether it is exact.
    func matches(of skeleton: [UInt8], into found: inout [(id: Int32, exact: Bool)]) {
        if let id = exact[skeleton] { found.append((id, true)) }
        // Fuzzy matching is for long skeletons only: on both sides, the longer must have 4.
        guard skeleton.count >= Self.shortestFuzzy - 1 else { return }
        func consider(_ id: Int32) {
            guard !found.contains(where: { $0.id == id }) else { return }
            let other = skeletons[Int(id)]
            guard max(other.count, skeleton.count) >= Self.shortestFuzzy,
                NameSkeleton.withinOneEdit(other, skeleton)
            else { return }
            found.append((id, false))
        }
        // The query with one letter more than a filed skeleton: a deletion gives it exactly.
        for position in skeleton.indices {
            var deleted = skeleton
            deleted.remove(at: position)
            if let id = exact[deleted] { consider(id) }
            // Same length, one letter different: both deletions meet.
            for id in deletions[deleted] ?? [] { consider(id) }
        }
        // The query with one letter fewer: it is a deletion of the filed skeleton.
        for id in deletions[skeleton] ?? [] { consider(id) }
    }
}
