/// Why a `--fail-below` value could not be read.
public enum ScoreThresholdError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not of the form `METRIC=VALUE`.
    case malformed(String)
    /// The metric is not one rouge-score names.
    case unknownMetric(String, name: String)
    /// The value is not a number from 0 to 100.
    case invalidValue(String, value: String)

    public var description: String {
        switch self {
        case .malformed(let text):
            "threshold '\(text)' is not METRIC=VALUE (for example rouge1=0.4 or rougeL=40)"
        case .unknownMetric(let text, let name):
            "threshold '\(text)': unknown metric '\(name)', expected rouge1, rouge2, rougeL or rougeLsum"
        case .invalidValue(let text, let value):
            "threshold '\(text)': '\(value)' is not a number from 0 to 1 (or a percentage up to 100)"
        }
    }
}
