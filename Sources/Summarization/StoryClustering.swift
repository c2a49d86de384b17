/// Groups a day's articles into stories: average-link agglomerative clustering (UPGMA) over
/// the cosine of article vectors, on a sparse graph of candidate pairs.
///
/// Comparing every pair of 10,000 articles would take 50 million cosines, so only pairs that
/// share at least `minimumSharedTerms` of their `signatureTerms` heaviest terms are compared,
/// and a term in more than `maximumPostings` signatures (a word of every story, not of one)
/// proposes no pairs. Pairs never compared count as similarity 0 in the averages.
///
/// Two clusters merge while the mean cosine over all pairs of their articles is at least
/// `similarity`; the most similar pair of clusters merges first.
struct StoryClustering: Sendable {
    var similarity: Double
    var signatureTerms: Int
    var maximumPostings: Int
    var minimumSharedTerms: Int
    /// Articles at least this close are one story before averaging starts (single link): a
    /// day of wire copy holds hundreds of rewrites of one story, and merging them one by one
    /// through the averages costs more than everything else in a brief.
    var nearDuplicate: Double = 0.6

    /// The clusters of `vectors`, each a sorted list of indexes, ordered by their first index.
    ///
    /// - Complexity: O(n·k·L) to find candidates (n articles, k signature terms, postings of
    ///   length L ≤ `maximumPostings`), O(c·m) for c candidate cosines over vectors of m terms,
    ///   O(e log e) to merge over e edges.
    func clusters(of vectors: [SparseVector], termCount: Int) -> [[Int]] {
        let count = vectors.count
        let edges = candidateEdges(of: vectors, termCount: termCount)
        // Near-duplicates first: each group is named by its first article.
        var root = Array(0..<count)
        func find(_ x: Int) -> Int {
            var x = x
            while root[x] != x {
                root[x] = root[root[x]]
                x = root[x]
            }
            return x
        }
        for edge in edges where edge.similarity >= max(nearDuplicate, similarity) {
            let a = find(Int(edge.first)), b = find(Int(edge.second))
            if a != b { root[max(a, b)] = min(a, b) }
        }
        var members: [[Int]] = Array(repeating: [], count: count)
        for article in 0..<count { members[find(article)].append(article) }
        var links: [[Int32: Double]] = Array(repeating: [:], count: count)
        var versions = [UInt32](repeating: 0, count: count)
        var heap = PairHeap()
        for edge in edges {
            let a = find(Int(edge.first)), b = find(Int(edge.second))
            guard a != b else { continue }
            links[a][Int32(b), default: 0] += edge.similarity
            links[b][Int32(a), default: 0] += edge.similarity
        }
        for a in 0..<count where !members[a].isEmpty {
            for (neighbour, sum) in links[a] where Int(neighbour) > a {
                let b = Int(neighbour)
                // A weaker pair only ever counts in the averages of larger clusters.
                let mean = sum / Double(members[a].count * members[b].count)
                if mean >= similarity {
                    heap.push(.init(similarity: mean, first: Int32(a), second: Int32(b), firstVersion: 0, secondVersion: 0))
                }
            }
        }
        while let top = heap.pop() {
            guard top.similarity >= similarity else { break }
            let a = Int(top.first)
            let b = Int(top.second)
            guard !members[a].isEmpty, !members[b].isEmpty,
                versions[a] == top.firstVersion, versions[b] == top.secondVersion
            else { continue }
            // Merge b into a (a < b, so a cluster is named by its first article).
            members[a].append(contentsOf: members[b])
            members[b] = []
            let absorbed = links[b]
            links[b] = [:]
            links[a][Int32(b)] = nil
            for (neighbour, sum) in absorbed where Int(neighbour) != a {
                links[a][neighbour, default: 0] += sum
                links[Int(neighbour)][Int32(b)] = nil
            }
            versions[a] &+= 1
            versions[b] &+= 1
            for (neighbour, sum) in links[a] {
                let c = Int(neighbour)
                links[c][Int32(a)] = sum
                let mean = sum / Double(members[a].count * members[c].count)
                guard mean >= similarity else { continue }
                let (first, second) = a < c ? (a, c) : (c, a)
                heap.push(.init(similarity: mean, first: Int32(first), second: Int32(second),
                                firstVersion: versions[first], secondVersion: versions[second]))
            }
        }
        return members.filter { !$0.isEmpty }.map { $0.sorted() }
    }

    /// The cosine of every candidate pair with a positive similarity.
    private func candidateEdges(of vectors: [SparseVector], termCount: Int) -> [PairHeap.Entry] {
        let count = vectors.count
        let signatures = vectors.map { $0.heaviest(signatureTerms) }
        var postings = [[Int32]](repeating: [], count: termCount)
        for (article, signature) in signatures.enumerated() {
            for term in signature { postings[Int(term)].append(Int32(article)) }
        }
        for term in postings.indices where postings[term].count > maximumPostings || postings[term].count < 2 {
            postings[term] = []
        }
        var edges: [PairHeap.Entry] = []
        var shared = [Int32](repeating: 0, count: count)
        var touched: [Int32] = []
        var dense = [Double](repeating: 0, count: termCount)
        for (article, signature) in signatures.enumerated() {
            for term in signature {
                for other in postings[Int(term)] where Int(other) > article {
                    if shared[Int(other)] == 0 { touched.append(other) }
                    shared[Int(other)] += 1
                }
            }
            // The article's unit vector, spread out once, makes each cosine a walk over the
            // other vector's terms alone.
            vectors[article].addUnit(into: &dense)
            for other in touched {
                let vector = vectors[Int(other)]
                if Int(shared[Int(other)]) >= minimumSharedTerms, vector.norm > 0 {
                    let cosine = min(1, vector.dot(dense: dense) / vector.norm)
                    if cosine > 0 {
                        edges.append(.init(similarity: cosine, first: Int32(article), second: other,
                                           firstVersion: 0, secondVersion: 0))
                    }
                }
                shared[Int(other)] = 0
            }
            vectors[article].clear(in: &dense)
            touched.removeAll(keepingCapacity: true)
        }
        return edges
    }
}
