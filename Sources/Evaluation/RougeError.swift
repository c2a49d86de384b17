/// Why a ROUGE request could not be carried out.
public enum RougeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A metric name that is not `rougeN` (N ≥ 1), `rougeL` or `rougeLsum`.
    case unknownMetric(String)
    /// An n-gram order below 1.
    case invalidNGramOrder(Int)
    /// A confidence level outside 0...1.
    case invalidConfidenceLevel(Double)
    /// A bootstrap resample count below 1.
    case invalidResampleCount(Int)
    /// Stop-word removal asked for a language that has no stop-word list.
    case noStopWordList(language: String)

    public var description: String {
        switch self {
        case .unknownMetric(let name):
            "unknown rouge metric '\(name)', expected rougeN (N >= 1), rougeL or rougeLsum"
        case .invalidNGramOrder(let order):
            "rouge n-gram order \(order) is not positive"
        case .invalidConfidenceLevel(let level):
            "confidence level \(level) is outside 0...1"
        case .invalidResampleCount(let count):
            "bootstrap resample count \(count) is not positive"
        case .noStopWordList(let language):
            "no stop-word list for language '\(language)', only 'ar' has one"
        }
    }
}
