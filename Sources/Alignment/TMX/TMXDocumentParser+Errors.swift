extension TMXDocumentParser {
    /// A message a translator can act on for libxml2's error `code`, given the elements open
    /// when it was found and the root element, if one was seen.
    static func message(forParserError code: Int, open: [OpenElement], root: String?) -> String {
        switch code {
        case LibXML2Error.documentEnd, LibXML2Error.tagNameMismatch, LibXML2Error.tagNotFinished:
            if let element = open.last {
                return "unclosed element <\(element.name)> (opened on line \(element.line))"
            }
            if let root { return "content after the end of the root element <\(root)>" }
            return "not a tmx document (no root element)"
        case LibXML2Error.documentEmpty: return "not a tmx document (no root element)"
        case LibXML2Error.invalidCharacter:
            return "invalid character (a control character, or text that is not utf-8)"
        case LibXML2Error.nameRequired: return "unescaped \"&\" or \"<\" in text (write &amp; and &lt;)"
        case LibXML2Error.undeclaredEntity, LibXML2Error.undeclaredEntityWarning:
            return "undeclared entity (write &amp; for \"&\")"
        case LibXML2Error.attributeRedefined: return "an attribute is given twice"
        case LibXML2Error.attributeNotStarted, LibXML2Error.attributeWithoutValue:
            return "attribute value without quotes"
        case LibXML2Error.undeclaredNamespacePrefix: return "namespace prefix without xmlns declaration"
        default: return "malformed xml (parser error \(code))"
        }
    }

    /// libxml2's error numbers, which `XMLParser` reports as the `NSError` code. (On Linux,
    /// `XMLParser.ErrorCode`'s raw values do not match them.)
    enum LibXML2Error {
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
}
