import ArabicText

/// The optional `key: value` block between two `---` lines at the top of a corpus file.
struct FrontMatter {
    var fields: [String: String] = [:]
    /// The text after the block.
    var body: Substring
    /// The 1-based line on which the body starts.
    var bodyLine: Int

    static let knownKeys: Set<String> = ["slug", "date", "source", "title", "url", "lang", "language"]

    /// Splits `text` into its front matter (if any) and body.
    ///
    /// - Throws: `InputError` for a block without its closing `---`, a line that is not
    ///   `key: value`, or an impossible date.
    static func parse(_ text: String, file: String) throws(InputError) -> FrontMatter {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") || text == "---" else {
            return FrontMatter(body: text[...], bodyLine: 1)
        }
        var fields: [String: String] = [:]
        var fieldLines: [String: Int] = [:]
        var lineNumber = 1
        var rest = text[...]
        // Skip the opening line.
        rest = rest.drop(while: { $0 != "\n" && $0 != "\r\n" }).dropFirst()
        while !rest.isEmpty {
            lineNumber += 1
            let end = rest.firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) ?? rest.endIndex
            let line = rest[..<end].trimmingTrailingSpace()
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[rest.endIndex...]
            if line == "---" {
                if let date = fields["date"], CalendarDate(iso: date) == nil {
                    throw InputError(file: file, line: fieldLines["date"], "impossible date '\(date)', expected YYYY-MM-DD")
                }
                return FrontMatter(fields: fields, body: rest, bodyLine: lineNumber + 1)
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw InputError(file: file, line: lineNumber, "front matter line is not 'key: value'")
            }
            let key = line[..<colon].trimmingSpace().lowercased()
            var value = line[line.index(after: colon)...].trimmingSpace()
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = value.dropFirst().dropLast()
            }
            fields[key] = String(value)
            fieldLines[key] = lineNumber
        }
        throw InputError(file: file, line: 1, "front matter has no closing '---'")
    }
}

extension StringProtocol {
    func trimmingSpace() -> SubSequence {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }

    func trimmingTrailingSpace() -> SubSequence {
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? startIndex
        return self[startIndex..<end]
    }
}
