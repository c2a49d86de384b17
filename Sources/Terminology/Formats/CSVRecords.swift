/// The records of an RFC 4180 CSV text, each with the line it starts on.
///
/// Quoted fields may hold commas, doubled quotes and line breaks; the line numbers of later
/// records still count every line break. Records end at LF or CRLF. Spaces before an opening
/// quote or after a closing one are allowed. A record whose line starts with `#` is a comment
/// (write a field that starts with `#` quoted).
///
/// ```swift
/// try CSVRecords.parse("a,\"b, \"\"c\"\"\"\nd,e\n")
/// // [(line: 1, fields: ["a", "b, \"c\""]), (line: 2, fields: ["d", "e"])]
/// ```
///
/// - Complexity: O(n) in the length of the text.
enum CSVRecords {
    struct Record {
        var line: Int
        var fields: [String]
    }

    static func parse(_ text: String) throws(GlossaryFormatError) -> [Record] {
        let scalars = Array(GlossaryText.droppingByteOrderMark(text))
        var records: [Record] = []
        var index = 0
        var line = 1

        func endsRecord(at position: Int) -> Bool {
            position >= scalars.count || scalars[position] == "\n"
                || (scalars[position] == "\r" && position + 1 < scalars.count && scalars[position + 1] == "\n")
        }
        func skipSpaces() {
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        }

        while index < scalars.count {
            let recordLine = line
            if scalars[index] == "#" {
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
                index += 1
                line += 1
                continue
            }
            var fields: [String] = []
            while true {
                var value = String.UnicodeScalarView()
                let start = index
                skipSpaces()
                if index < scalars.count, scalars[index] == "\"" {
                    let quoteLine = line
                    index += 1
                    while true {
                        guard index < scalars.count else {
                            throw GlossaryFormatError(line: quoteLine, message: "unclosed quote: the field never ends")
                        }
                        let scalar = scalars[index]
                        index += 1
                        if scalar == "\"" {
                            guard index < scalars.count, scalars[index] == "\"" else { break }
                            index += 1
                        } else if scalar == "\n" {
                            line += 1
                        }
                        value.append(scalar)
                    }
                    skipSpaces()
                    if index < scalars.count, scalars[index] != ",", !endsRecord(at: index) {
                        throw GlossaryFormatError(
                            line: line, message: "unexpected \"\(scalars[index])\" after a closing quote")
                    }
                } else {
                    index = start
                    while index < scalars.count, scalars[index] != ",", !endsRecord(at: index) {
                        value.append(scalars[index])
                        index += 1
                    }
                }
                fields.append(String(value))
                if index < scalars.count, scalars[index] == "," {
                    index += 1
                    continue
                }
                if index < scalars.count, scalars[index] == "\r" { index += 1 }
                if index < scalars.count, scalars[index] == "\n" {
                    index += 1
                    line += 1
                }
                break
            }
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }

    /// `fields` as one CSV record (no line break), quoting the fields that need it.
    static func record(_ fields: [String]) -> String {
        fields.map { field in
            let needsQuotes =
                field.unicodeScalars.contains { $0 == "," || $0 == "\"" || GlossaryText.isLineBreak($0) }
                || field.hasPrefix("#") || field.unicodeScalars.first.map(\.properties.isWhitespace) == true
            guard needsQuotes else { return field }
            return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }
}

extension String {
    /// This string with every `target` scalar replaced by `replacement`.
    fileprivate func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == target { view.append(contentsOf: replacement.unicodeScalars) } else { view.append(scalar) }
        }
        return String(view)
    }
}
