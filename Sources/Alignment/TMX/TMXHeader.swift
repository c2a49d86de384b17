/// The `<header>` of a TMX document: the attributes TMX 1.4b requires, the optional ones, and
/// the header's notes and properties, kept so that an imported memory exports back as it came.
///
/// A new header describes a memory that Dragoman writes: Arabic source, plain-text sentences.
/// A header read from a file holds what the file says, and an empty string for a required
/// attribute the file leaves out. `<ude>` (user-defined encodings) is not kept.
public struct TMXHeader: Sendable, Hashable {
    /// `creationtool`.
    public var creationTool: String
    /// `creationtoolversion`.
    public var creationToolVersion: String
    /// `segtype`: `block`, `paragraph`, `sentence` or `phrase`.
    public var segmentType: String
    /// `o-tmf`: the format of the memory the file was exported from.
    public var originalFormat: String
    /// `adminlang`: the language of notes and properties.
    public var adminLanguage: String
    /// `srclang`: the source language of the units (`ar`, `en-US`, or `*all*`).
    public var sourceLanguage: String
    /// `datatype`: `plaintext`, `html`, `xml`, ...
    public var dataType: String
    /// The other attributes (`o-encoding`, `creationdate`, `creationid`, `changedate`, `changeid`).
    public var attributes: [String: String]
    /// The texts of the header's `<note>` elements, in order.
    public var notes: [String]
    /// The header's `<prop>` elements, in order.
    public var properties: [TMXProperty]

    /// A header; the defaults describe a memory written by Dragoman with Arabic as its source.
    public init(
        creationTool: String = "Dragoman", creationToolVersion: String = "1.0", segmentType: String = "sentence",
        originalFormat: String = "Dragoman", adminLanguage: String = "en", sourceLanguage: String = "ar",
        dataType: String = "plaintext", attributes: [String: String] = [:], notes: [String] = [],
        properties: [TMXProperty] = []
    ) {
        self.creationTool = creationTool
        self.creationToolVersion = creationToolVersion
        self.segmentType = segmentType
        self.originalFormat = originalFormat
        self.adminLanguage = adminLanguage
        self.sourceLanguage = sourceLanguage
        self.dataType = dataType
        self.attributes = attributes
        self.notes = notes
        self.properties = properties
    }

    /// The names of the required attributes, in the order the writer puts them.
    static let requiredAttributeNames = [
        "creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype",
    ]

    /// The value of the required attribute `name`, if `name` is one.
    func requiredAttribute(_ name: String) -> String? {
        switch name {
        case "creationtool": creationTool
        case "creationtoolversion": creationToolVersion
        case "segtype": segmentType
        case "o-tmf": originalFormat
        case "adminlang": adminLanguage
        case "srclang": sourceLanguage
        case "datatype": dataType
        default: nil
        }
    }

    /// A header holding the attributes of a `<header>` element: the required ones in their
    /// fields (empty when absent), the others in `attributes`.
    init(elementAttributes: [String: String]) {
        self.init(
            creationTool: elementAttributes["creationtool"] ?? "",
            creationToolVersion: elementAttributes["creationtoolversion"] ?? "",
            segmentType: elementAttributes["segtype"] ?? "", originalFormat: elementAttributes["o-tmf"] ?? "",
            adminLanguage: elementAttributes["adminlang"] ?? "", sourceLanguage: elementAttributes["srclang"] ?? "",
            dataType: elementAttributes["datatype"] ?? "",
            attributes: elementAttributes.filter { !Self.requiredAttributeNames.contains($0.key) })
    }
}
