import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a TMX document (1.4b, and the 1.1–1.3 files that follow the same layout) into a
/// translation memory, through Foundation's `XMLParser`.
///
/// - Each `<tu>` must hold exactly one Arabic and one English `<tuv>`, told apart by the primary
///   subtag of `xml:lang` (or TMX 1.1's `lang`), ignoring case: `ar`, `AR`, `ar-SA` and `ar_SA`
///   are Arabic. Variants in other languages are left out and counted (`skippedVariants`); a
///   unit without Arabic or without English, or with two of either, is an error, since the
///   memory could not keep it whole.
/// - Segments keep their inline elements (`<bpt>`, `<ept>`, `<it>`, `<ph>`, `<ut>`, `<hi>`,
///   `<sub>`) with attributes and content; notes and properties of the header, the units and
///   the variants are kept, text as it stands.
/// - Any problem, XML or TMX, throws the first error with its line, and nothing is imported.
public enum TMXReader {
    /// The header and units of the TMX document `text`.
    ///
    /// ```swift
    /// let memory = try TMXReader.read(text)
    /// memory.units[0].arabic.plain  // "أعلنت الحكومة حظر التجول"
    /// ```
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func read(_ text: String) throws(TMXError) -> TranslationMemoryFile {
        let parser = XMLParser(data: Data(TMXText.parserInput(text).utf8))
        parser.shouldResolveExternalEntities = false
        let document = TMXDocumentParser()
        parser.delegate = document
        let parsed = parser.parse()
        if let failure = document.failure { throw failure }
        guard document.root != nil else {
            throw TMXError(line: 1, message: "not a tmx document (no root element)")
        }
        if !parsed {
            let code = (parser.parserError as NSError?)?.code ?? 0
            throw TMXError(line: max(parser.lineNumber, 1), message: "malformed xml (parser error \(code))")
        }
        if let element = document.open.last {
            throw TMXError(
                line: max(parser.lineNumber, 1),
                message: "unclosed element <\(element.name)> (opened on line \(element.line))")
        }
        return TranslationMemoryFile(
            header: document.header, units: document.units, skippedVariants: document.skippedVariants)
    }
}
