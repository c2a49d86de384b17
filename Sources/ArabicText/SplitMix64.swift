/// Steele, Lea and Flood's SplitMix64: a small seeded generator whose sequence is fixed for a
/// seed on every platform and Swift version, unlike `SystemRandomNumberGenerator`. The
/// project's one seeded generator: random baselines and the bootstrap (Evaluation), test
/// data made from real text (Alignment). It lives here, at the bottom of the module graph,
/// only so that every module can share it.
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The generator from `seed` after `draws` calls of `next()`: the state moves by a fixed
    /// step per number, so this costs one multiplication.
    public init(seed: UInt64, skipping draws: UInt64) {
        state = seed &+ draws &* Self.step
    }

    private static let step: UInt64 = 0x9E37_79B9_7F4A_7C15

    public mutating func next() -> UInt64 {
        state &+= Self.step
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` by Lemire's multiply-and-reject, written out so the
    /// draws do not depend on the standard library's algorithm. `bound` must be positive.
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "SplitMix64.next(below:) needs a positive bound")
        let limit = UInt64(bound)
        var product = next().multipliedFullWidth(by: limit)
        if product.low < limit {
            let threshold = (0 &- limit) % limit
            while product.low < threshold {
                product = next().multipliedFullWidth(by: limit)
            }
        }
        return Int(product.high)
    }

    /// A value in [0, 1), from the top 53 bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
