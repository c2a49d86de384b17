/// Which side of the memory a language tag belongs to, by its primary subtag, ignoring case:
/// `ar`, `AR`, `ar-SA`, `ar_SA` (and ISO 639-2 `ara`) are Arabic; `en`, `en-US`, `eng` English.
enum TMXLanguage: Sendable, Hashable {
    case arabic
    case english
    case other

    init(tag: String) {
        switch Self.primarySubtag(tag) {
        case "ar", "ara", "arb": self = .arabic
        case "en", "eng": self = .english
        default: self = .other
        }
    }

    /// The primary subtag, lowercased: `ar` for `ar-SA`, `AR`, `ar_SA`, ` ar `.
    static func primarySubtag(_ tag: String) -> String {
        String(TMXText.trimmed(tag).lowercased().unicodeScalars.prefix { $0 != "-" && $0 != "_" })
    }
}
