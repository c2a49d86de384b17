/// The file formats a glossary is read from and written to.
///
/// ```swift
/// GlossaryFormat(pathExtension: "TBX")   // .tbx
/// GlossaryFormat(pathExtension: "tab")   // .tsv
/// GlossaryFormat(pathExtension: "docx")  // nil
/// ```
public enum GlossaryFormat: String, CaseIterable, Sendable {
    /// Tab-separated columns under a header row (`english`, `arabic`, ...); the format of
    /// `glossary/news.tsv`.
    case tsv
    /// Comma-separated values (RFC 4180) with the TSV columns, or a TICO-19 termbase.
    case csv
    /// TBX-Basic (ISO 30042): v2 (`martif`) and v3 (`tbx`) are read, v2 is written.
    case tbx

    /// The format a file name's extension stands for, ignoring case and a leading dot:
    /// `tsv`, `tab` and `txt` are TSV, `csv` is CSV, `tbx` and `xml` are TBX.
    public init?(pathExtension: String) {
        var name = pathExtension.lowercased()
        if name.hasPrefix(".") { name.removeFirst() }
        switch name {
        case "tsv", "tab", "txt": self = .tsv
        case "csv": self = .csv
        case "tbx", "xml": self = .tbx
        default: return nil
        }
    }

    /// The extension a file written in this format should carry (no dot).
    public var pathExtension: String { rawValue }
}
