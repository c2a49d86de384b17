import Evaluation

/// What `dragoman eval` found: the report, and every file it could not pair, so the command
/// can name each one on standard error.
public struct EvaluationOutcome: Sendable {
    /// The scores of every system.
    public let report: EvaluationReport
    /// Summaries without a reference, references without a summary, and files set aside, in
    /// system order then natural name order.
    public let unpaired: [UnpairedFile]

    public init(report: EvaluationReport, unpaired: [UnpairedFile] = []) {
        self.report = report
        self.unpaired = unpaired
    }
}

/// A file `dragoman eval` left out, and why.
///
/// ```swift
/// UnpairedFile(system: "lead", stem: "beirut", reason: .noReference).description
/// // "lead: summary 'beirut' has no reference"
/// ```
public struct UnpairedFile: Hashable, Sendable, CustomStringConvertible {
    /// Why a file was left out.
    public enum Reason: Hashable, Sendable {
        /// A system summary with no reference.
        case noReference
        /// A reference (or a folder of them) with no system summary.
        case noSummary
        /// A system file whose stem another file already has (`a.txt` and `a.md`).
        case sameStem
    }

    /// The system whose folder was being paired.
    public let system: String
    /// The document's stem, or for `.sameStem` the file's path inside the system folder.
    public let stem: String
    /// Why it was left out.
    public let reason: Reason

    public init(system: String, stem: String, reason: Reason) {
        self.system = system
        self.stem = stem
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .noReference: "\(system): summary '\(stem)' has no reference"
        case .noSummary: "\(system): reference '\(stem)' has no summary"
        case .sameStem: "\(system): '\(stem)' ignored, another file has the same stem"
        }
    }
}
