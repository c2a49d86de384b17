/// Writes concepts as a TBX-Basic v2 document (`martif`, `termEntry id="c1"`, ...).
///
/// Each concept gives one `termEntry`: `descrip type="subjectField"` for the domain, `admin
/// type="conceptStatus"` for a status other than approved, `note` for the note, then an
/// English and an Arabic `langSet` whose first `tig` holds the preferred term
/// (`preferredTerm-admn-sts`) and the others the variants (`admittedTerm-admn-sts`).
enum TBXGlossaryWriter {
    /// - Complexity: O(n) in the total length of the concepts' values.
    static func write(_ concepts: [Concept]) -> String {
        var output = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
            <martif type="TBX-Basic" xml:lang="en">
              <martifHeader>
                <fileDesc>
                  <sourceDesc>
                    <p>Dragoman glossary</p>
                  </sourceDesc>
                </fileDesc>
                <encodingDesc>
                  <p type="XCSURI">TBXBasicXCSV02.xcs</p>
                </encodingDesc>
              </martifHeader>
              <text>
                <body>

            """
        for (index, concept) in concepts.enumerated() {
            output += "      <termEntry id=\"c\(index + 1)\">\n"
            if !concept.domain.isEmpty {
                output +=
                    "        <descrip type=\"\(TBXVocabulary.subjectField)\">\(escaped(concept.domain))</descrip>\n"
            }
            if concept.status != .approved {
                output += "        <admin type=\"\(TBXVocabulary.conceptStatus)\">\(concept.status.rawValue)</admin>\n"
            }
            if !concept.note.isEmpty {
                output += "        <note>\(escaped(concept.note))</note>\n"
            }
            output += languageSet("en", preferred: concept.english, variants: concept.englishVariants)
            output += languageSet("ar", preferred: concept.arabic, variants: concept.arabicVariants)
            output += "      </termEntry>\n"
        }
        output += "    </body>\n  </text>\n</martif>\n"
        return output
    }

    private static func languageSet(_ language: String, preferred: String, variants: [String]) -> String {
        var output = "        <langSet xml:lang=\"\(language)\">\n"
        let terms =
            [(preferred, TBXVocabulary.preferredTerm)]
            + variants.filter { !GlossaryText.trimmed($0).isEmpty }.map { ($0, TBXVocabulary.admittedTerm) }
        for (term, status) in terms {
            output += "          <tig>\n"
            output += "            <term>\(escaped(term))</term>\n"
            output += "            <termNote type=\"\(TBXVocabulary.administrativeStatus)\">\(status)</termNote>\n"
            output += "          </tig>\n"
        }
        return output + "        </langSet>\n"
    }

    /// `text` as XML character data: `& < > "` escaped, CR kept as `&#13;` (a parser would turn
    /// a literal CR into LF), characters XML 1.0 cannot hold dropped.
    static func escaped(_ text: String) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\r": output += "&#13;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
