/// The rules a `Normalizer` applies, and the two named levels built from them.
///
/// The *display* level only removes what a reader cannot see or should not notice; the
/// *matching key* level also folds the spelling differences that Arabic news copy treats as
/// the same word, so that `الأمريكيّة` and `الامريكيه` compare equal.
public struct NormalizationOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// NFKC for Arabic presentation forms and half/full-width forms (`ﻻ` → `لا`, `１` → `1`).
    public static let presentationForms = NormalizationOptions(rawValue: 1 << 0)
    /// Drop zero-width characters, bidi controls, the byte-order mark and soft hyphens.
    public static let invisibleControls = NormalizationOptions(rawValue: 1 << 1)
    /// Drop tatweel (U+0640): `جـديد` → `جديد`.
    public static let tatweel = NormalizationOptions(rawValue: 1 << 2)
    /// Every run of horizontal white space becomes one space; line breaks are kept.
    public static let spaceRuns = NormalizationOptions(rawValue: 1 << 3)
    /// Drop harakat, tanween, shadda, sukun, Quranic marks and superscript alef (U+0670).
    public static let diacritics = NormalizationOptions(rawValue: 1 << 4)
    /// `أ إ آ ٱ` → `ا`.
    public static let alefForms = NormalizationOptions(rawValue: 1 << 5)
    /// `ى` (and Persian `ی`) → `ي`.
    public static let alefMaqsura = NormalizationOptions(rawValue: 1 << 6)
    /// `ة` → `ه`.
    public static let taaMarbuta = NormalizationOptions(rawValue: 1 << 7)
    /// Arabic-Indic and Persian digits → ASCII digits; Persian `ک` → `ك`.
    public static let digits = NormalizationOptions(rawValue: 1 << 8)
    /// Latin letters to lower case.
    public static let latinCase = NormalizationOptions(rawValue: 1 << 9)

    /// What a reader sees unchanged: no letter is altered, only invisible noise removed.
    public static let display: NormalizationOptions = [
        .presentationForms, .invisibleControls, .tatweel, .spaceRuns,
    ]
    /// The key under which words are compared, indexed and searched.
    public static let matchingKey: NormalizationOptions = display.union([
        .diacritics, .alefForms, .alefMaqsura, .taaMarbuta, .digits, .latinCase,
    ])
}
