/// The results of `dragoman eval`: every system's scores with their confidence intervals, the
/// number of documents and the recipe that produced them; rendered by `table()`, `json()`,
/// `jsonLines()`, `csv()` and `html()`.
///
/// ```swift
/// let report = EvaluationReport(recipe: recipe, systems: [lead, random])
/// print(report.table())
/// ```
public struct EvaluationReport: Hashable, Sendable {
    /// The systems in the order reports list them.
    public let systems: [SystemEvaluation]
    /// How the scores were computed.
    public let recipe: RougeRecipe
    /// The share of resampled means the intervals cover (0.95 by default).
    public let confidenceLevel: Double
    /// How the summaries were made, when the evaluation made them itself (`dragoman eval
    /// --easc`): the protocol, the summarizers' settings (the random seed); nil for summaries
    /// read from files.
    public let summaryProtocol: String?

    public init(
        recipe: RougeRecipe, systems: [SystemEvaluation], confidenceLevel: Double = 0.95, summaryProtocol: String? = nil
    ) {
        self.recipe = recipe
        self.systems = systems
        self.confidenceLevel = confidenceLevel
        self.summaryProtocol = summaryProtocol
    }

    /// The number of distinct documents scored, over all systems.
    public var documents: Int {
        Set(systems.flatMap { $0.documents.map(\.document) }).count
    }

    /// Every metric any system has a summary for, in rouge-score's order.
    public var metrics: [RougeMetric] {
        Set(systems.flatMap(\.metrics.keys)).sorted()
    }

    /// The distinct document names in the order they first appear.
    var documentNames: [String] {
        var seen: Set<String> = []
        return systems.flatMap { $0.documents.map(\.document) }.filter { seen.insert($0).inserted }
    }

    /// The report in `format`.
    ///
    /// - Throws: what `JSONEncoder` throws, for the JSON formats only.
    public func rendered(as format: ReportFormat) throws -> String {
        switch format {
        case .table: table()
        case .json: try json()
        case .jsonl: try jsonLines()
        case .csv: csv()
        case .html: html()
        }
    }
}
