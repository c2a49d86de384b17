/// One ROUGE measure: n-gram overlap (`rouge1`, `rouge2`, …), longest common subsequence
/// (`rougeL`) or summary-level union LCS over lines (`rougeLsum`).
///
/// ```swift
/// try RougeMetric(name: "rouge2")   // .rouge2
/// RougeMetric.rougeLsum.name        // "rougeLsum"
/// ```
///
/// Metrics sort as rouge-score reports them: n-gram orders ascending, then `rougeL`, then
/// `rougeLsum`.
public struct RougeMetric: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// What a metric measures.
    public enum Kind: Hashable, Sendable {
        /// Clipped overlap of n-grams of the given order (always at least 1).
        case ngram(order: Int)
        /// Longest common subsequence of the two token sequences.
        case longestCommonSubsequence
        /// Union LCS of each reference line against all candidate lines (Lin 2004, §3.2).
        case summaryLevelLongestCommonSubsequence
    }

    /// What this metric measures.
    public let kind: Kind

    private init(kind: Kind) {
        self.kind = kind
    }

    /// Unigram overlap.
    public static let rouge1 = RougeMetric(kind: .ngram(order: 1))
    /// Bigram overlap.
    public static let rouge2 = RougeMetric(kind: .ngram(order: 2))
    /// Longest common subsequence over the whole text.
    public static let rougeL = RougeMetric(kind: .longestCommonSubsequence)
    /// Summary-level LCS, each `"\n"`-separated line a sentence.
    public static let rougeLsum = RougeMetric(kind: .summaryLevelLongestCommonSubsequence)

    /// ROUGE-N for n-grams of `order` words.
    ///
    /// - Throws: `RougeError.invalidNGramOrder` when `order` is below 1.
    public init(ngramOrder order: Int) throws(RougeError) {
        guard order >= 1 else { throw .invalidNGramOrder(order) }
        self.init(kind: .ngram(order: order))
    }

    /// The metric rouge-score calls `name`: `rouge1`, `rouge12`, `rougeL` or `rougeLsum`.
    ///
    /// - Throws: `RougeError.unknownMetric` for any other name, including `rouge0`.
    public init(name: String) throws(RougeError) {
        switch name {
        case "rougeL": self = .rougeL
        case "rougeLsum": self = .rougeLsum
        default:
            let digits = name.dropFirst(5)
            guard name.hasPrefix("rouge"), !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let order = Int(digits), order >= 1
            else { throw .unknownMetric(name) }
            self.init(kind: .ngram(order: order))
        }
    }

    /// The name rouge-score uses for this metric.
    public var name: String {
        switch kind {
        case .ngram(let order): "rouge\(order)"
        case .longestCommonSubsequence: "rougeL"
        case .summaryLevelLongestCommonSubsequence: "rougeLsum"
        }
    }

    public var description: String { name }

    public static func < (lhs: RougeMetric, rhs: RougeMetric) -> Bool {
        lhs.sortKey < rhs.sortKey
    }

    private var sortKey: (Int, Int) {
        switch kind {
        case .ngram(let order): (0, order)
        case .longestCommonSubsequence: (1, 0)
        case .summaryLevelLongestCommonSubsequence: (2, 0)
        }
    }
}
