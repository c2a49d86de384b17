/// The content of a TMX `<seg>`: its plain text for matching, and its parts, inline elements
/// included, for writing it back unchanged.
///
/// ```swift
/// let segment = Segment(parts: [
///     .text("زار "), .tag(InlineTag(.bpt, "<b>", attributes: ["i": "1"])), .text("الرئيس"),
///     .tag(InlineTag(.ept, "</b>", attributes: ["i": "1"])), .text(" بغداد"),
/// ])
/// segment.plain  // "زار الرئيس بغداد"
/// ```
public struct Segment: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The content in document order, adjacent texts merged, empty texts dropped.
    public let parts: [InlinePart]
    /// The translatable text: the parts' texts and the content of `<hi>`, without native code
    /// and `<sub>` flows; white space as it stands in the file (not trimmed, not collapsed).
    public let plain: String

    /// A segment of plain text with no inline elements.
    public init(_ text: String) {
        self.init(parts: [.text(text)])
    }

    /// A segment of plain text with no inline elements.
    public init(stringLiteral text: String) {
        self.init(text)
    }

    /// A segment made of `parts`; adjacent texts are merged.
    public init(parts: [InlinePart]) {
        self.parts = InlinePart.normalized(parts)
        plain = InlinePart.plainText(of: self.parts)
    }

    /// Whether the segment holds any inline element.
    public var hasInlineTags: Bool {
        parts.contains { if case .tag = $0 { true } else { false } }
    }

    /// The plain text.
    public var description: String { plain }
}
