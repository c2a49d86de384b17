/// The name of an EASC reference summary file, `D0NNN.M.250.A.S.W`: the document `D0NNN`, the
/// summary number `S` (1 to 5) and the Mechanical Turk worker's letter `W` (A to E).
///
/// ```swift
/// let name = EASCSummaryName(fileName: "D0202.M.250.A.3.C")
/// name?.document    // "D0202"
/// name?.summary     // 3
/// name?.worker      // "C"
/// ```
///
/// The document number is not the topic number (`Topic12` holds `D0202`): pair summaries with
/// their article through the topic folder both sit in.
public struct EASCSummaryName: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The document identifier, `D0` and digits.
    public let document: String
    /// The summary's number, 1 to 5.
    public let summary: Int
    /// The worker's letter, `A` to `E`.
    public let worker: String

    /// Reads a summary file's name; nil for any name that does not follow the pattern.
    public init?(fileName: String) {
        let parts = fileName.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[1] == "M", parts[2] == "250", parts[3] == "A" else { return nil }
        let document = parts[0]
        guard document.hasPrefix("D0"), document.count > 2,
            document.dropFirst(2).utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { return nil }
        guard let summary = Int(parts[4]), (1...5).contains(summary), parts[4].count == 1 else { return nil }
        guard ["A", "B", "C", "D", "E"].contains(parts[5]) else { return nil }
        self.document = String(document)
        self.summary = summary
        self.worker = String(parts[5])
    }

    /// The file name this value was read from.
    public var fileName: String {
        "\(document).M.250.A.\(summary).\(worker)"
    }

    public var description: String { fileName }

    public static func < (lhs: EASCSummaryName, rhs: EASCSummaryName) -> Bool {
        (lhs.document, lhs.summary, lhs.worker) < (rhs.document, rhs.summary, rhs.worker)
    }
}
