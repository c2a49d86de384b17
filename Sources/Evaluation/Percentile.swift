/// Percentiles as numpy's default (`method="linear"`) computes them.
enum Percentile {
    /// The value at `quantile` (0...1) of ascending `sorted`, interpolating linearly between the
    /// two nearest ranks at virtual index `quantile · (n - 1)`; 0 for an empty array.
    ///
    /// - Complexity: O(1).
    static func linear(_ sorted: [Double], _ quantile: Double) -> Double {
        guard let last = sorted.last else { return 0 }
        let position = min(max(quantile, 0), 1) * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let gamma = position - Double(lower)
        guard lower < sorted.count - 1 else { return last }
        let a = sorted[lower]
        let b = sorted[upper]
        // numpy's _lerp: interpolate from the nearer end for accuracy.
        return gamma >= 0.5 ? b - (b - a) * (1 - gamma) : a + (b - a) * gamma
    }
}
