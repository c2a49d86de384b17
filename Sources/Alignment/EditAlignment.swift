/// The cheapest token edit between a query and a memory segment (`MemoryMatcher`'s costs),
/// and the differences along it.
///
/// - Complexity: O(n·m) time and memory for n and m tokens.
struct EditAlignment {
    /// The edit operations, by how many query and memory tokens they consume.
    enum Operation: UInt8 {
        case none, insert, delete, match, substitute, clitic, splitMemory, splitQuery
    }

    let query: [MatchToken]
    let memory: [MatchToken]
    private(set) var cost: Double = 0
    private var operations: [Operation] = []
    private var costs: [Double] = []

    init(query: [MatchToken], memory: [MatchToken]) {
        self.query = query
        self.memory = memory
        let n = query.count
        let m = memory.count
        let width = m + 1
        costs = [Double](repeating: .infinity, count: (n + 1) * width)
        operations = [Operation](repeating: .none, count: (n + 1) * width)
        costs[0] = 0
        for i in 0...n {
            for j in 0...m where i > 0 || j > 0 {
                var best = Double.infinity
                var operation = Operation.none
                func consider(_ candidate: Double, _ kind: Operation) {
                    if candidate < best {
                        best = candidate
                        operation = kind
                    }
                }
                if i > 0 { consider(costs[(i - 1) * width + j] + query[i - 1].weight, .insert) }
                if j > 0 { consider(costs[i * width + j - 1] + memory[j - 1].weight, .delete) }
                if i > 0, j > 0 {
                    let previous = costs[(i - 1) * width + j - 1]
                    let q = query[i - 1]
                    let r = memory[j - 1]
                    if q.hasSameKey(as: r) {
                        consider(previous, .match)
                    } else if q.isCliticVariant(of: r) {
                        consider(previous + MemoryMatcher.cliticCost, .clitic)
                    } else {
                        consider(previous + max(q.weight, r.weight), .substitute)
                    }
                }
                if i > 0, j > 1, query[i - 1].joins(memory[j - 2], memory[j - 1]) {
                    consider(costs[(i - 1) * width + j - 2] + MemoryMatcher.cliticCost, .splitMemory)
                }
                if i > 1, j > 0, memory[j - 1].joins(query[i - 2], query[i - 1]) {
                    consider(costs[(i - 2) * width + j - 1] + MemoryMatcher.cliticCost, .splitQuery)
                }
                costs[i * width + j] = best
                operations[i * width + j] = operation
            }
        }
        cost = costs[n * width + m]
    }

    /// The differences in query order; runs of insertions, deletions or replacements next to
    /// each other are one difference each.
    func differences() -> [TokenDifference] {
        let width = memory.count + 1
        var steps: [(Operation, Range<Int>, Range<Int>)] = []  // query and memory token ranges
        var i = query.count
        var j = memory.count
        while i > 0 || j > 0 {
            let operation = operations[i * width + j]
            let (di, dj): (Int, Int) = switch operation {
            case .insert: (1, 0)
            case .delete: (0, 1)
            case .match, .substitute, .clitic: (1, 1)
            case .splitMemory: (1, 2)
            case .splitQuery: (2, 1)
            case .none: (i, j)  // unreachable: every cell but the origin has an operation
            }
            steps.append((operation, (i - di)..<i, (j - dj)..<j))
            i -= di
            j -= dj
        }
        var differences: [TokenDifference] = []
        for (operation, queryTokens, memoryTokens) in steps.reversed() {
            let kind: TokenDifference.Kind
            var cost = 0.0
            switch operation {
            case .match:
                let q = query[queryTokens.lowerBound]
                let r = memory[memoryTokens.lowerBound]
                guard !q.surface.elementsEqual(r.surface) else { continue }
                kind = .spelling
            case .insert:
                kind = .inserted
                cost = query[queryTokens.lowerBound].weight
            case .delete:
                kind = .deleted
                cost = memory[memoryTokens.lowerBound].weight
            case .substitute:
                kind = .replaced
                cost = max(query[queryTokens.lowerBound].weight, memory[memoryTokens.lowerBound].weight)
            case .clitic, .splitMemory, .splitQuery:
                kind = .clitic
                cost = MemoryMatcher.cliticCost
            case .none:
                continue
            }
            let queryRange = queryTokens.isEmpty
                ? nil : query[queryTokens.lowerBound].range.lowerBound..<query[queryTokens.upperBound - 1].range.upperBound
            let memoryRange = memoryTokens.isEmpty
                ? nil : memory[memoryTokens.lowerBound].range.lowerBound..<memory[memoryTokens.upperBound - 1].range.upperBound
            // A run of the same kind of whole-token change reads as one difference.
            if let last = differences.last, last.kind == kind, [.inserted, .deleted, .replaced].contains(kind),
                Self.follows(last.query, queryRange), Self.follows(last.memory, memoryRange)
            {
                differences[differences.count - 1] = TokenDifference(
                    kind: kind, query: Self.union(last.query, queryRange), memory: Self.union(last.memory, memoryRange),
                    cost: last.cost + cost)
                continue
            }
            differences.append(TokenDifference(kind: kind, query: queryRange, memory: memoryRange, cost: cost))
        }
        return differences
    }

    /// Whether two optional ranges are both absent or both present (in order).
    private static func follows(_ first: Range<Int>?, _ second: Range<Int>?) -> Bool {
        switch (first, second) {
        case (nil, nil): true
        case let (first?, second?): first.upperBound <= second.lowerBound
        default: false
        }
    }

    private static func union(_ first: Range<Int>?, _ second: Range<Int>?) -> Range<Int>? {
        guard let first, let second else { return first ?? second }
        return first.lowerBound..<max(first.upperBound, second.upperBound)
    }
}
