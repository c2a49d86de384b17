/// What Foundation's `XMLParser` (libxml2) reports, in words a translator can act on: the one
/// reading of parser errors for every XML format Dragoman reads (TBX glossaries, TMX memories).
public enum XMLParserErrors {
    /// The message for libxml2's error `code` in a document of `format` (`tbx`, `tmx`), given
    /// the innermost element still open (its name and line) and the root element, if seen.
    public static func message(forCode code: Int, format: String, innermostOpen: (name: String, line: Int)?,
                               root: String?) -> String
    {
        switch code {
        case documentEnd, tagNameMismatch, tagNotFinished:
            if let element = innermostOpen {
                return "unclosed element <\(element.name)> (opened on line \(element.line))"
            }
            if let root { return "content after the end of the root element <\(root)>" }
            return "not a \(format) document (no root element)"
        case documentEmpty: return "not a \(format) document (no root element)"
        case invalidCharacter: return "invalid character (a control character, or text that is not utf-8)"
        case nameRequired: return "unescaped \"&\" or \"<\" in text (write &amp; and &lt;)"
        case undeclaredEntity, undeclaredEntityWarning: return "undeclared entity (write &amp; for \"&\")"
        case attributeRedefined: return "an attribute is given twice"
        case attributeNotStarted, attributeWithoutValue: return "attribute value without quotes"
        case undeclaredNamespacePrefix: return "namespace prefix without xmlns declaration"
        default: return "malformed xml (parser error \(code))"
        }
    }

    // libxml2's error numbers, which `XMLParser` reports as the `NSError` code. (On Linux,
    // `XMLParser.ErrorCode`'s raw values do not match them.)
    static let documentEmpty = 4
    static let documentEnd = 5
    static let invalidCharacter = 9
    static let undeclaredEntity = 26
    static let undeclaredEntityWarning = 27
    static let attributeNotStarted = 39
    static let attributeWithoutValue = 41
    static let attributeRedefined = 42
    static let nameRequired = 68
    static let tagNameMismatch = 76
    static let tagNotFinished = 77
    static let undeclaredNamespacePrefix = 201
}
