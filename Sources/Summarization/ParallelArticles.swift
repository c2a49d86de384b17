/// The articles of one story, aligned sentence by sentence on demand to tell whether two
/// sentences repeat each other because one article rewrites the other (see
/// `ParallelSentences`). Only pairs of close articles are aligned, lazily and once each, when a
/// chosen item needs them: a story of thousands of articles costs a few alignments per item.
final class ParallelArticles {
    private let cluster: [Int]
    private let articles: [PreparedArticle]
    private let similarity: Double
    /// The candidates of each article of the cluster, by position in the cluster.
    private let ranges: [Range<Int>]
    /// The cluster position of each candidate.
    private let owner: [Int]
    private var neighbours: [Int: Set<Int>] = [:]
    private var aligned: [Int64: Set<Int64>] = [:]
    private let aligner = ParallelSentences()

    /// The most articles one article is aligned with (its closest).
    static let neighbourLimit = 8

    init(cluster: [Int], articles: [PreparedArticle], similarity: Double) {
        self.cluster = cluster
        self.articles = articles
        self.similarity = similarity
        var ranges: [Range<Int>] = []
        var owner: [Int] = []
        var start = 0
        for (position, index) in cluster.enumerated() {
            let count = articles[index].candidates.count
            ranges.append(start..<(start + count))
            owner += Array(repeating: position, count: count)
            start += count
        }
        self.ranges = ranges
        self.owner = owner
    }

    /// Whether candidate `b` tells the fact of the chosen candidate `a`, as its aligned sentence
    /// in a parallel article.
    func repeats(_ a: Int, _ b: Int, candidates: [Candidate]) -> Bool {
        let x = owner[a], y = owner[b]
        // Only the chosen item's article looks for its close articles: asking every other
        // candidate's article too would compare every pair of the story's articles.
        guard x != y, closeArticles(to: x).contains(y) else { return false }
        let key = Int64(min(x, y)) << 32 | Int64(max(x, y))
        if aligned[key] == nil {
            var pairs: Set<Int64> = []
            for (i, j) in aligner.repeatedPairs(ranges[min(x, y)], ranges[max(x, y)], candidates: candidates) {
                pairs.insert(Int64(i) << 32 | Int64(j))
            }
            aligned[key] = pairs
        }
        return aligned[key]?.contains(Int64(min(a, b)) << 32 | Int64(max(a, b))) == true
            || aligned[key]?.contains(Int64(max(a, b)) << 32 | Int64(min(a, b))) == true
    }

    /// The articles of the cluster closest to article `x` (cosine at least `similarity`).
    private func closeArticles(to x: Int) -> Set<Int> {
        if let known = neighbours[x] { return known }
        let vector = articles[cluster[x]].vector
        var scored: [(position: Int, cosine: Double)] = []
        for position in cluster.indices where position != x {
            let cosine = vector.cosine(articles[cluster[position]].vector)
            if cosine >= similarity { scored.append((position, cosine)) }
        }
        scored.sort { $0.cosine > $1.cosine || ($0.cosine == $1.cosine && $0.position < $1.position) }
        let close = Set(scored.prefix(Self.neighbourLimit).map(\.position))
        neighbours[x] = close
        return close
    }
}
