// JSON forms of the memory's values (the others are Codable where they are declared), so the
// workbench can keep a unit's markup (inline tags, notes, properties) and export it unchanged.

extension InlineTag: Codable {
    enum CodingKeys: String, CodingKey { case kind, attributes, content }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(Kind.self, forKey: .kind),
                  attributes: try container.decode([String: String].self, forKey: .attributes),
                  content: try container.decode([InlinePart].self, forKey: .content))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(attributes, forKey: .attributes)
        try container.encode(content, forKey: .content)
    }
}

extension Segment: Codable {
    /// A segment is its parts; the plain text is derived again on decoding.
    public init(from decoder: any Decoder) throws {
        self.init(parts: try decoder.singleValueContainer().decode([InlinePart].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(parts)
    }
}
