/// Where each column sits in the rows of one TSV or CSV file, as its header row says.
struct GlossaryColumnLayout {
    private let indexes: [GlossaryColumn: Int]
    /// The number of fields the header names (trailing unnamed fields excluded).
    private let width: Int

    static let expectedNames = GlossaryColumn.allCases.map(\.rawValue).joined(separator: ", ")

    /// Reads the header row on `line`; the names are trimmed and compared ignoring case.
    init(header: [String], line: Int) throws(GlossaryFormatError) {
        let names = header.map { GlossaryText.trimmed($0).lowercased() }
        guard names.contains(where: { GlossaryColumn(rawValue: $0) != nil }) else {
            let found = GlossaryText.trimmed(header.first ?? "")
            throw GlossaryFormatError(
                line: line, message: "missing header row (expected english, arabic, ...), found \"\(found)\"")
        }
        let width = (names.lastIndex { !$0.isEmpty } ?? -1) + 1
        var indexes: [GlossaryColumn: Int] = [:]
        var unknown: [String] = []
        for (index, name) in names.prefix(width).enumerated() {
            guard !name.isEmpty else {
                throw GlossaryFormatError(line: line, message: "column \(index + 1) has no name in the header")
            }
            guard let column = GlossaryColumn(rawValue: name) else {
                unknown.append("\"\(name)\"")
                continue
            }
            guard indexes[column] == nil else {
                throw GlossaryFormatError(line: line, message: "column \"\(name)\" appears twice in the header")
            }
            indexes[column] = index
        }
        if !unknown.isEmpty {
            let noun = unknown.count == 1 ? "column" : "columns"
            throw GlossaryFormatError(
                line: line,
                message:
                    "unknown \(noun) \(unknown.joined(separator: ", ")) in the header (expected \(Self.expectedNames))")
        }
        for required in [GlossaryColumn.english, .arabic] where indexes[required] == nil {
            throw GlossaryFormatError(line: line, message: "the header has no \(required.rawValue) column")
        }
        self.indexes = indexes
        self.width = width
    }

    /// The concept of the data row `fields` on `line`.
    func concept(from fields: [String], line: Int) throws(GlossaryFormatError) -> Concept {
        guard fields.count >= 2 else {
            throw GlossaryFormatError(
                line: line,
                message: "row has \(GlossaryText.count(fields.count, "column")), expected at least 2 (english, arabic)")
        }
        if fields.count > width, fields[width...].contains(where: { !GlossaryText.trimmed($0).isEmpty }) {
            throw GlossaryFormatError(
                line: line,
                message: "row has \(GlossaryText.count(fields.count, "column")), the header names \(width)")
        }
        func field(_ column: GlossaryColumn) -> String {
            guard let index = indexes[column], index < fields.count else { return "" }
            return GlossaryText.trimmed(fields[index])
        }
        let english = field(.english)
        let arabic = field(.arabic)
        if english.isEmpty {
            throw GlossaryFormatError(
                line: line, message: arabic.isEmpty ? "empty english term" : "empty english term for \"\(arabic)\"")
        }
        if arabic.isEmpty {
            throw GlossaryFormatError(line: line, message: "empty arabic term for \"\(english)\"")
        }
        return Concept(
            english: english, arabic: arabic,
            arabicVariants: GlossaryText.variants(field(.arabicVariants)),
            englishVariants: GlossaryText.variants(field(.englishVariants)),
            domain: field(.domain), note: field(.note),
            status: try Self.status(field(.status), line: line))
    }

    private static func status(_ value: String, line: Int) throws(GlossaryFormatError) -> Concept.Status {
        if value.isEmpty { return .approved }
        guard let status = Concept.Status(rawValue: value.lowercased()) else {
            throw GlossaryFormatError(
                line: line, message: "unknown status \"\(value)\" (expected approved, proposed or deprecated)")
        }
        return status
    }
}
