import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the concepts of a TBX-Basic document, v2 (`martif`, `termEntry`, `langSet`, `tig`) or
/// v3 (`tbx`, `conceptEntry`, `langSec`, `termSec`), through Foundation's `XMLParser`.
///
/// - Languages come from `xml:lang` on the language section, by primary subtag, ignoring case
///   (`en-US` is English, `AR` and `ar-SA` are Arabic); other languages are skipped.
/// - The preferred term of a language is its first term whose `termNote
///   type="administrativeStatus"` is `preferredTerm-admn-sts`, else its first term; the others
///   are variants, in document order.
/// - At concept level, `descrip type="subjectField"` is the domain, `note` the note and
///   `admin type="conceptStatus"` (Dragoman's own: `approved`, `proposed`, `deprecated`;
///   approved when absent) the status. Term-level notes are not kept.
/// - Values are trimmed and empty terms skipped, as in TSV and CSV.
///
/// Errors carry the parser's line: malformed XML, a term with no language, an entry with no
/// English or no Arabic term (on the entry's first line).
final class TBXGlossaryReader: NSObject, XMLParserDelegate {
    /// - Complexity: O(n) in the length of the text.
    static func read(_ text: String) throws(GlossaryFormatError) -> [GlossaryEntry] {
        let parser = XMLParser(data: Data(String(GlossaryText.droppingByteOrderMark(text)).utf8))
        let reader = TBXGlossaryReader()
        parser.delegate = reader
        let parsed = parser.parse()
        if let failure = reader.failure { throw failure }
        if !parsed {
            let code = (parser.parserError as NSError?)?.code ?? 0
            throw GlossaryFormatError(line: max(parser.lineNumber, 1), message: "malformed xml (parser error \(code))")
        }
        if reader.root == nil {
            throw GlossaryFormatError(line: 1, message: "not a tbx document (no root element)")
        }
        return reader.entries
    }

    private enum Language { case english, arabic, other }

    private struct Term {
        var language: Language
        var text: String
        var isPreferred: Bool
    }

    private struct Entry {
        var id: String?
        var line: Int
        var depth: Int
        var terms: [Term] = []
        var domains: [String] = []
        var notes: [String] = []
        var status = Concept.Status.approved
    }

    private struct LanguageSection {
        var element: String
        /// Nil when the section has no `xml:lang`.
        var language: Language?
        var depth: Int
    }

    private struct TermSection {
        var terms: [String] = []
        var administrativeStatus: String?
        var depth: Int
    }

    private enum Field { case term, administrativeStatus, subjectField, note, conceptStatus }

    private struct Capture {
        var field: Field
        var depth: Int
        var text = ""
    }

    private var entries: [GlossaryEntry] = []
    private var failure: GlossaryFormatError?
    private var root: String?
    private var open: [(name: String, line: Int)] = []
    private var entry: Entry?
    private var languageSection: LanguageSection?
    private var termSection: TermSection?
    private var capture: Capture?

    private func fail(_ parser: XMLParser, line: Int? = nil, _ message: String) {
        guard failure == nil else { return }
        failure = GlossaryFormatError(line: line ?? parser.lineNumber, message: message)
        parser.abortParsing()
    }

    // MARK: XMLParserDelegate

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        if root == nil {
            root = name
            guard TBXVocabulary.roots.contains(name) else {
                return fail(parser, "not a tbx document (root element <\(name)>, expected <martif> or <tbx>)")
            }
        }
        open.append((name, parser.lineNumber))
        let depth = open.count
        if TBXVocabulary.entries.contains(name) {
            guard entry == nil else { return fail(parser, "<\(name)> inside another entry") }
            entry = Entry(id: attributes["id"], line: parser.lineNumber, depth: depth)
        } else if TBXVocabulary.languageSections.contains(name) {
            let code = GlossaryText.primaryLanguageSubtag(attributes["xml:lang"] ?? attributes["lang"] ?? "")
            let language: Language? =
                switch code {
                case "": nil
                case "en": .english
                case "ar": .arabic
                default: .other
                }
            languageSection = LanguageSection(element: name, language: language, depth: depth)
        } else if TBXVocabulary.termSections.contains(name) {
            termSection = TermSection(depth: depth)
        } else if capture == nil, let field = field(name, type: attributes["type"]) {
            capture = Capture(field: field, depth: depth)
        }
    }

    /// The field an element holds, if it is one the glossary keeps where it stands.
    private func field(_ name: String, type: String?) -> Field? {
        let atConceptLevel = entry != nil && languageSection == nil
        switch name {
        case "term": return .term
        case "termNote" where type == TBXVocabulary.administrativeStatus && termSection != nil:
            return .administrativeStatus
        case "descrip" where type == TBXVocabulary.subjectField && atConceptLevel: return .subjectField
        case "note" where atConceptLevel: return .note
        case "admin" where type == TBXVocabulary.conceptStatus && atConceptLevel: return .conceptStatus
        default: return nil
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        capture?.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        capture?.text += String(decoding: block, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        let depth = open.count
        open.removeLast()
        if let finished = capture, finished.depth == depth {
            capture = nil
            keep(finished.field, GlossaryText.trimmed(finished.text), parser: parser)
        }
        if let section = termSection, section.depth == depth {
            termSection = nil
            let isPreferred = section.administrativeStatus == TBXVocabulary.preferredTerm
            for text in section.terms {
                entry?.terms.append(
                    Term(language: languageSection?.language ?? .other, text: text, isPreferred: isPreferred))
            }
        }
        if let section = languageSection, section.depth == depth { languageSection = nil }
        if let finished = entry, finished.depth == depth {
            entry = nil
            finish(finished, parser: parser)
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard failure == nil else { return }
        let code = (parseError as NSError).code
        let message = XMLParserErrors.message(
            forCode: code, format: "tbx", innermostOpen: open.last.map { ($0.name, $0.line) }, root: root)
        fail(parser, message)
    }

    // MARK: Building concepts

    private func keep(_ field: Field, _ text: String, parser: XMLParser) {
        switch field {
        case .term:
            let element = TBXVocabulary.languageSection(inDocumentWithRoot: root)
            guard let section = languageSection else {
                return fail(parser, "term \"\(text)\" has no language (not inside a \(element))")
            }
            guard let language = section.language else {
                return fail(parser, "term \"\(text)\" has no language (no xml:lang on its \(section.element))")
            }
            guard entry != nil else { return fail(parser, "term \"\(text)\" is outside any entry") }
            if text.isEmpty { return }
            if termSection != nil {
                termSection?.terms.append(text)
            } else {
                entry?.terms.append(Term(language: language, text: text, isPreferred: false))
            }
        case .administrativeStatus:
            if termSection?.administrativeStatus == nil { termSection?.administrativeStatus = text }
        case .subjectField:
            if !text.isEmpty { entry?.domains.append(text) }
        case .note:
            if !text.isEmpty { entry?.notes.append(text) }
        case .conceptStatus:
            if text.isEmpty { return }
            guard let status = Concept.Status(rawValue: text.lowercased()) else {
                return fail(parser, "unknown concept status \"\(text)\" (expected approved, proposed or deprecated)")
            }
            entry?.status = status
        }
    }

    private func finish(_ entry: Entry, parser: XMLParser) {
        let english = Self.preferredFirst(entry.terms.filter { $0.language == .english })
        let arabic = Self.preferredFirst(entry.terms.filter { $0.language == .arabic })
        let label = entry.id.map { "entry \"\($0)\"" } ?? (entry.terms.first.map { "entry \"\($0.text)\"" } ?? "entry")
        guard !entry.terms.isEmpty else { return fail(parser, line: entry.line, "\(label) has no terms") }
        guard let englishTerm = english.first else {
            return fail(parser, line: entry.line, "\(label) has no english term")
        }
        guard let arabicTerm = arabic.first else {
            return fail(parser, line: entry.line, "\(label) has no arabic term")
        }
        let concept = Concept(
            english: englishTerm, arabic: arabicTerm,
            arabicVariants: Array(arabic.dropFirst()), englishVariants: Array(english.dropFirst()),
            domain: entry.domains.joined(separator: "; "), note: entry.notes.joined(separator: "\n"),
            status: entry.status)
        entries.append(GlossaryEntry(concept: concept, line: entry.line))
    }

    /// The texts of `terms`, the first preferred one moved to the front.
    private static func preferredFirst(_ terms: [Term]) -> [String] {
        var texts = terms.map(\.text)
        if let preferred = terms.firstIndex(where: \.isPreferred), preferred > 0 {
            texts.insert(texts.remove(at: preferred), at: 0)
        }
        return texts
    }
}
