import ArabicText

/// One article as read from the corpus, before it is stored.
public struct Article: Sendable, Equatable {
    public var slug: String
    public var date: CalendarDate?
    public var source: String?
    public var title: String?
    public var url: String?
    public var language: String
    /// The article's text (front matter removed).
    public var text: String
    /// The English reference translation, when the corpus has one.
    public var translation: String?
    /// Where it was read from (a file, or `file:line` for JSON Lines).
    public var path: String

    public init(slug: String, date: CalendarDate? = nil, source: String? = nil, title: String? = nil,
                url: String? = nil, language: String = "ar", text: String, translation: String? = nil,
                path: String) {
        self.slug = slug
        self.date = date
        self.source = source
        self.title = title
        self.url = url
        self.language = language
        self.text = text
        self.translation = translation
        self.path = path
    }

    /// A fingerprint of everything stored for the article: re-ingesting an article with the
    /// same hash changes nothing.
    public var contentHash: String {
        var hash = FNV1a()
        for field in [slug, date?.description ?? "", source ?? "", title ?? "", url ?? "", language, text,
                      translation ?? ""] {
            hash.add(field)
            hash.add(0x1F)
        }
        return hash.hex
    }
}

/// 64-bit FNV-1a: a fast fingerprint for change detection (not for security).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x0000_0100_0000_01B3
    }

    mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte) }
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
