/// Writes a translation memory as a TMX 1.4b document, well-formed and UTF-8.
///
/// - The header's required attributes come first, in the order of the TMX specification, then
///   the others sorted by name; units, variants and inline elements likewise write their
///   attributes sorted by name, after `tuid` or `xml:lang`.
/// - In each unit the source-language variant comes first: English when the unit's `srclang`
///   (else the header's) is English, as in TICO-19, else Arabic.
/// - Segments, notes and properties are written exactly (no trimming, no re-indenting), so
///   `TMXReader.read(TMXWriter.write(memory))` gives back any memory read from a file
///   (`skippedVariants` and attributes with a namespace prefix apart, see below).
/// - What could not be read back is mended or left out: a variant whose language tag is not
///   Arabic (or English) for its side is tagged `ar` (or `en`); attribute names that are not
///   XML names or carry a namespace prefix other than `xml:` are dropped, and so are the
///   scalars XML 1.0 cannot hold (most C0 controls, U+FFFE, U+FFFF).
public enum TMXWriter {
    /// The TMX document of `file`.
    ///
    /// - Complexity: O(n) in the total length of the memory's texts.
    public static func write(_ file: TranslationMemoryFile) -> String {
        var output = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">

            """
        writeHeader(file.header, to: &output)
        output += "  <body>\n"
        let englishFirst = TMXLanguage(tag: file.header.sourceLanguage) == .english
        for unit in file.units { writeUnit(unit, englishFirstByDefault: englishFirst, to: &output) }
        output += "  </body>\n</tmx>\n"
        return output
    }

    private static func writeHeader(_ header: TMXHeader, to output: inout String) {
        output += "  <header"
        let required = TMXHeader.requiredAttributeNames.map { ($0, header.requiredAttribute($0) ?? "") }
        TMXEscaping.appendAttributes(required, to: &output)
        let excluded = Set(TMXHeader.requiredAttributeNames)
        TMXEscaping.appendAttributes(TMXEscaping.sorted(header.attributes, excluding: excluded), to: &output)
        if header.notes.isEmpty && header.properties.isEmpty {
            output += "/>\n"
            return
        }
        output += ">\n"
        writeNotes(header.notes, properties: header.properties, indent: "    ", to: &output)
        output += "  </header>\n"
    }

    private static func writeUnit(_ unit: TranslationUnit, englishFirstByDefault: Bool, to output: inout String) {
        output += "    <tu"
        if let id = unit.id { TMXEscaping.appendAttributes([("tuid", id)], to: &output) }
        TMXEscaping.appendAttributes(TMXEscaping.sorted(unit.attributes, excluding: ["tuid"]), to: &output)
        output += ">\n"
        writeNotes(unit.notes, properties: unit.properties, indent: "      ", to: &output)
        let englishFirst = unit.attributes["srclang"].map { TMXLanguage(tag: $0) == .english } ?? englishFirstByDefault
        let arabic = (unit.arabic, unit.arabicDetails, TMXLanguage.arabic, "ar")
        let english = (unit.english, unit.englishDetails, TMXLanguage.english, "en")
        for (segment, details, language, fallback) in englishFirst ? [english, arabic] : [arabic, english] {
            let tag = TMXLanguage(tag: details.language) == language ? details.language : fallback
            output += "      <tuv"
            TMXEscaping.appendAttributes([("xml:lang", tag)], to: &output)
            TMXEscaping.appendAttributes(
                TMXEscaping.sorted(details.attributes, excluding: ["xml:lang", "lang"]), to: &output)
            output += ">\n"
            writeNotes(details.notes, properties: details.properties, indent: "        ", to: &output)
            output += "        <seg>"
            writeParts(segment.parts, to: &output)
            output += "</seg>\n      </tuv>\n"
        }
        output += "    </tu>\n"
    }

    private static func writeNotes(
        _ notes: [String], properties: [TMXProperty], indent: String, to output: inout String
    ) {
        for note in notes {
            output += indent + "<note>"
            TMXEscaping.appendText(note, to: &output)
            output += "</note>\n"
        }
        for property in properties {
            output += indent + "<prop"
            TMXEscaping.appendAttributes([("type", property.type)], to: &output)
            output += ">"
            TMXEscaping.appendText(property.value, to: &output)
            output += "</prop>\n"
        }
    }

    private static func writeParts(_ parts: [InlinePart], to output: inout String) {
        for part in parts {
            switch part {
            case .text(let text):
                TMXEscaping.appendText(text, to: &output)
            case .tag(let tag):
                output += "<" + tag.kind.rawValue
                TMXEscaping.appendAttributes(TMXEscaping.sorted(tag.attributes), to: &output)
                if tag.content.isEmpty {
                    output += "/>"
                } else {
                    output += ">"
                    writeParts(tag.content, to: &output)
                    output += "</" + tag.kind.rawValue + ">"
                }
            }
        }
    }
}
