import Evaluation
import Testing

/// Records an issue unless `actual` has the hand-computed precision, recall and F (to 1e-12):
/// the one check of a score worked out by hand, shared by the suites that compute them.
func expectScore(
    _ actual: RougeScore?, _ precision: Double, _ recall: Double, _ f: Double,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let actual else {
        Issue.record("no score", sourceLocation: sourceLocation)
        return
    }
    #expect(abs(actual.precision - precision) < 1e-12, "P \(actual.precision)", sourceLocation: sourceLocation)
    #expect(abs(actual.recall - recall) < 1e-12, "R \(actual.recall)", sourceLocation: sourceLocation)
    #expect(abs(actual.f - f) < 1e-12, "F \(actual.f)", sourceLocation: sourceLocation)
}
