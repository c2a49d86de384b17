/// An inline element of a TMX segment, kept whole (kind, attributes, content) so that the
/// writer gives it back as it was read.
///
/// In `<ph x="1">&lt;br/&gt;</ph>` the kind is `.ph`, the attributes `["x": "1"]` and the
/// content `[.text("<br/>")]`, the native code with its entities resolved.
public struct InlineTag: Sendable, Hashable {
    /// The inline elements of TMX 1.4b.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// Begin paired tag: the native code that opens a pair (`<b>`), matched by `i`.
        case bpt
        /// End paired tag: the native code that closes a pair (`</b>`), matched by `i`.
        case ept
        /// Isolated tag: a begin or end code whose partner is outside the segment (`pos`).
        case it
        /// Placeholder: a standalone code (`<br/>`, an image, a field).
        case ph
        /// Unknown tag (deprecated in TMX 1.4): native code of unknown role.
        case ut
        /// Highlight: translatable text with a special meaning (`type="term"`).
        case hi
        /// Sub-flow: translatable text inside a code (a footnote, an `alt` text).
        case sub

        /// Whether the element's own text is native code rather than translatable text.
        public var holdsCode: Bool {
            switch self {
            case .bpt, .ept, .it, .ph, .ut: true
            case .hi, .sub: false
            }
        }

        /// The elements TMX allows directly inside an element of this kind.
        var allowedChildren: Set<Kind> {
            holdsCode ? [.sub] : Self.textTags
        }

        /// The elements TMX allows inside `<seg>`, `<hi>` and `<sub>`.
        static let textTags: Set<Kind> = [.bpt, .ept, .it, .ph, .ut, .hi]
    }

    /// Which element this is.
    public let kind: Kind
    /// The element's attributes (`i`, `x`, `type`, `pos`, `assoc`, ...), by name.
    public let attributes: [String: String]
    /// The element's content: native code for `bpt`, `ept`, `it`, `ph`, `ut` (with `sub`
    /// elements inside), translatable text for `hi` and `sub`.
    public let content: [InlinePart]

    /// An inline element; adjacent texts in `content` are merged.
    public init(_ kind: Kind, attributes: [String: String] = [:], content: [InlinePart] = []) {
        self.kind = kind
        self.attributes = attributes
        self.content = InlinePart.normalized(content)
    }

    /// An inline element whose content is the single text `text`: `InlineTag(.ph, "<br/>")`.
    public init(_ kind: Kind, _ text: String, attributes: [String: String] = [:]) {
        self.init(kind, attributes: attributes, content: [.text(text)])
    }
}
