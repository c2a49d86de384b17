/// `--fail-below`: which systems miss a threshold.
extension EvaluationReport {
    /// Each system and threshold it misses, systems in report order.
    public func failures(of thresholds: [ScoreThreshold]) -> [(system: String, threshold: ScoreThreshold)] {
        systems.flatMap { system in
            thresholds.filter { $0.isMissed(by: system.metrics[$0.metric]) }.map { (system.name, $0) }
        }
    }

    /// The names of the systems whose mean F is below any of `thresholds`, in report order.
    public func systemsBelow(_ thresholds: [ScoreThreshold]) -> [String] {
        systems.filter { system in thresholds.contains { $0.isMissed(by: system.metrics[$0.metric]) } }.map(\.name)
    }
}
