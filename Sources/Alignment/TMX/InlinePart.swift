/// One piece of a segment's content: text, or an inline TMX element with its own content.
///
/// `قال <bpt i="1">&lt;b&gt;</bpt>الوزير<ept i="1">&lt;/b&gt;</ept>` is
/// `[.text("قال "), .tag(bpt), .text("الوزير"), .tag(ept)]`, where the `bpt` holds the
/// native code `<b>` as its text.
public enum InlinePart: Sendable, Hashable, Codable {
    /// Character data, entities resolved (`&amp;` is `&`), white space as it stands.
    case text(String)
    /// An inline element: `<bpt>`, `<ept>`, `<it>`, `<ph>`, `<ut>`, `<hi>` or `<sub>`.
    case tag(InlineTag)

    /// `parts` with adjacent texts merged and empty texts dropped, so that one content has one
    /// spelling whatever pieces the XML parser delivered it in.
    static func normalized(_ parts: [InlinePart]) -> [InlinePart] {
        var result: [InlinePart] = []
        result.reserveCapacity(parts.count)
        for part in parts {
            switch part {
            case .text(let text):
                if text.isEmpty { continue }
                if case .text(let previous) = result.last {
                    result[result.count - 1] = .text(previous + text)
                } else {
                    result.append(part)
                }
            case .tag:
                result.append(part)
            }
        }
        return result
    }

    /// The translatable text of `parts`: the texts and the content of `<hi>`, without the native
    /// code of `<bpt>`, `<ept>`, `<it>`, `<ph>`, `<ut>` and without `<sub>` (a separate flow of
    /// text, such as a footnote, that belongs to the code around it).
    static func plainText(of parts: [InlinePart]) -> String {
        var output = ""
        appendPlainText(of: parts, to: &output)
        return output
    }

    private static func appendPlainText(of parts: [InlinePart], to output: inout String) {
        for part in parts {
            switch part {
            case .text(let text): output += text
            case .tag(let tag) where tag.kind == .hi: appendPlainText(of: tag.content, to: &output)
            case .tag: continue
            }
        }
    }
}
