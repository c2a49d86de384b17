/// A TMX `<prop>`: a tool-defined property of a header, unit or variant, such as
/// `<prop type="x-source">wire</prop>`.
///
/// The `xml:lang` and `o-encoding` attributes a `<prop>` may carry are not kept.
public struct TMXProperty: Sendable, Hashable, Codable {
    /// The `type` attribute (required by TMX): `x-domain`, `note`, ...
    public var type: String
    /// The element's text, exactly as it stands (not trimmed).
    public var value: String

    /// A property of `type` whose text is `value`.
    public init(type: String, value: String) {
        self.type = type
        self.value = value
    }
}
