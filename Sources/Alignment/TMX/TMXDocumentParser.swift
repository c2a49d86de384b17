import Terminology
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The `XMLParser` delegate behind `TMXReader`: it builds the header and the units as the
/// elements go by, and stops at the first problem, whether libxml2 or TMX reports it.
///
/// libxml2 recovers from many errors and `parse()` may then return true, so every error the
/// parser reports counts, and the first one aborts the parse.
final class TMXDocumentParser: NSObject, XMLParserDelegate {
    private(set) var failure: TMXError?
    private(set) var root: String?
    private(set) var header = TMXHeader(elementAttributes: [:])
    private(set) var units: [TranslationUnit] = []
    private(set) var skippedVariants = 0

    struct OpenElement {
        var name: String
        var line: Int
    }

    private struct Variant {
        var line: Int
        var language: TMXLanguage
        var details: TranslationUnit.VariantDetails
        var segment: Segment?
    }

    private struct Unit {
        var line: Int
        var id: String?
        var attributes: [String: String]
        var notes: [String] = []
        var properties: [TMXProperty] = []
        var arabic: Variant?
        var english: Variant?

        /// `tu "7"`, or `tu` when the unit has no id.
        var label: String { id.map { "tu \"\($0)\"" } ?? "tu" }
    }

    /// An element under construction inside `<seg>`; the segment itself has no kind.
    private struct InlineFrame {
        var kind: InlineTag.Kind?
        var attributes: [String: String] = [:]
        var parts: [InlinePart] = []
    }

    /// The text of a `<note>` (no property type) or a `<prop>` being read.
    private struct Capture {
        var propertyType: String?
        var text = ""
    }

    private(set) var open: [OpenElement] = []
    private var headerCount = 0
    private var bodyCount = 0
    private var unit: Unit?
    private var variant: Variant?
    /// Non-empty exactly while inside a `<seg>`.
    private var inline: [InlineFrame] = []
    private var capture: Capture?

    private func fail(_ parser: XMLParser, line: Int? = nil, _ message: String) {
        guard failure == nil else { return }
        failure = TMXError(line: line ?? max(parser.lineNumber, 1), message: message)
        parser.abortParsing()
    }

    // MARK: XMLParserDelegate

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        let line = parser.lineNumber
        let parent = open.last?.name
        open.append(OpenElement(name: name, line: line))
        guard let parent else {
            root = name
            if name != "tmx" { fail(parser, "not a tmx document (root element <\(name)>, expected <tmx>)") }
            return
        }
        if !inline.isEmpty { return startInline(name, attributes: attributes, parent: parent, parser: parser) }
        switch (parent, name) {
        case ("tmx", "header"):
            headerCount += 1
            guard headerCount == 1 else { return fail(parser, "second <header> in <tmx>") }
            header = TMXHeader(elementAttributes: attributes)
        case ("tmx", "body"):
            bodyCount += 1
            guard bodyCount == 1 else { return fail(parser, "second <body> in <tmx>") }
        case ("header", "note"), ("tu", "note"), ("tuv", "note"):
            capture = Capture()
        case ("header", "prop"), ("tu", "prop"), ("tuv", "prop"):
            guard let type = attributes["type"], !TMXText.trimmed(type).isEmpty else {
                return fail(parser, "prop without type")
            }
            capture = Capture(propertyType: type)
        case ("header", "ude"), ("ude", "map"):
            return  // user-defined encodings: accepted, not kept
        case ("body", "tu"):
            var others = attributes
            let id = others.removeValue(forKey: "tuid")
            unit = Unit(line: line, id: id, attributes: others)
        case ("tu", "tuv"):
            startVariant(attributes: attributes, line: line, parser: parser)
        case ("tuv", "seg"):
            guard variant?.segment == nil else { return fail(parser, "tuv has a second seg") }
            inline = [InlineFrame()]
        default:
            fail(parser, "unexpected element <\(name)> inside <\(parent)>")
        }
    }

    private func startVariant(attributes: [String: String], line: Int, parser: XMLParser) {
        var others = attributes
        // TMX 1.4 says xml:lang; TMX 1.1 said lang.
        let tag = others.removeValue(forKey: "xml:lang") ?? others.removeValue(forKey: "lang")
        others.removeValue(forKey: "lang")
        guard let tag, !TMXText.trimmed(tag).isEmpty else { return fail(parser, "tuv without xml:lang") }
        let language = TMXLanguage(tag: tag)
        let previous: Variant? =
            switch language {
            case .arabic: unit?.arabic
            case .english: unit?.english
            case .other: nil
            }
        if let previous {
            let name = language == .arabic ? "arabic" : "english"
            let label = unit?.label ?? "tu"
            return fail(parser, "\(label) has a second \(name) tuv (the first is on line \(previous.line))")
        }
        variant = Variant(
            line: line, language: language,
            details: TranslationUnit.VariantDetails(language: tag, attributes: others))
    }

    private func startInline(_ name: String, attributes: [String: String], parent: String, parser: XMLParser) {
        let allowed = inline.last?.kind?.allowedChildren ?? InlineTag.Kind.textTags
        guard let kind = InlineTag.Kind(rawValue: name), allowed.contains(kind) else {
            return fail(parser, "unexpected element <\(name)> inside <\(parent)>")
        }
        inline.append(InlineFrame(kind: kind, attributes: attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        if !inline.isEmpty {
            inline[inline.count - 1].parts.append(.text(string))
        } else if capture != nil {
            capture?.text += string
        } else if !TMXText.isXMLSpace(string) {
            // The parser's line is where the text ends; the message points at where it starts.
            let scalars = string.unicodeScalars
            let start = scalars.firstIndex { !$0.properties.isWhitespace } ?? scalars.startIndex
            let lineBreaks = scalars[start...].filter { $0 == "\n" }.count
            let parent = open.last?.name ?? "tmx"
            fail(
                parser, line: max(parser.lineNumber - lineBreaks, 1),
                "text \"\(TMXText.snippet(string))\" directly inside <\(parent)>")
        }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil, open.popLast() != nil else { return }
        if let frame = inline.popLast() {
            if let kind = frame.kind {
                inline[inline.count - 1].parts.append(
                    .tag(InlineTag(kind, attributes: frame.attributes, content: frame.parts)))
            } else {
                variant?.segment = Segment(parts: frame.parts)
            }
            return
        }
        switch name {
        case "note", "prop": finishCapture()
        case "tuv": finishVariant(parser)
        case "tu": finishUnit(parser)
        default: return
        }
    }

    /// Gives a note or property to the element it belongs to (now the innermost open one).
    private func finishCapture() {
        guard let finished = capture else { return }
        capture = nil
        let owner = open.last?.name
        if let type = finished.propertyType {
            let property = TMXProperty(type: type, value: finished.text)
            switch owner {
            case "tuv": variant?.details.properties.append(property)
            case "tu": unit?.properties.append(property)
            default: header.properties.append(property)
            }
        } else {
            switch owner {
            case "tuv": variant?.details.notes.append(finished.text)
            case "tu": unit?.notes.append(finished.text)
            default: header.notes.append(finished.text)
            }
        }
    }

    private func finishVariant(_ parser: XMLParser) {
        guard let finished = variant else { return }
        variant = nil
        guard finished.segment != nil else { return fail(parser, line: finished.line, "tuv has no seg") }
        switch finished.language {
        case .arabic: unit?.arabic = finished
        case .english: unit?.english = finished
        case .other: skippedVariants += 1
        }
    }

    private func finishUnit(_ parser: XMLParser) {
        guard let finished = unit else { return }
        unit = nil
        guard let arabic = finished.arabic, let arabicSegment = arabic.segment else {
            return fail(parser, line: finished.line, "\(finished.label) has no arabic tuv")
        }
        guard let english = finished.english, let englishSegment = english.segment else {
            return fail(parser, line: finished.line, "\(finished.label) has no english tuv")
        }
        units.append(
            TranslationUnit(
                id: finished.id, arabic: arabicSegment, english: englishSegment, notes: finished.notes,
                properties: finished.properties, attributes: finished.attributes, arabicDetails: arabic.details,
                englishDetails: english.details))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard failure == nil else { return }
        fail(parser, XMLParserErrors.message(
            forCode: (parseError as NSError).code, format: "tmx", innermostOpen: open.last.map { ($0.name, $0.line) },
            root: root))
    }
}
