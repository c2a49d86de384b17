import ArabicText
/// The random baseline: a seeded shuffle of the sentences, the same for the same seed and count.
///
/// ```swift
/// RandomRanker(seed: 7).ranking(of: sentences) == RandomRanker(seed: 7).ranking(of: sentences)   // true
/// ```
public struct RandomRanker: SentenceRanker {
    /// The seed of the shuffle.
    public let seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// Every index once, in a Fisher–Yates order drawn from SplitMix64 seeded with `seed`.
    ///
    /// - Complexity: O(n) in the number of sentences.
    public func ranking(of sentences: [String]) -> [Int] {
        var order = Array(sentences.indices)
        var generator = SplitMix64(seed: seed)
        var index = order.count - 1
        while index > 0 {
            order.swapAt(index, generator.next(below: index + 1))
            index -= 1
        }
        return order
    }
}
