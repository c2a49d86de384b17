/// One entry of the translation memory: an Arabic segment and its English translation, with
/// what the TMX `<tu>` and its two `<tuv>` elements carried (id, notes, properties, dates).
///
/// ```swift
/// let unit = TranslationUnit(id: "7", arabic: "أعلنت الحكومة حظر التجول", english: "The government declared a curfew")
/// unit.arabic.plain  // "أعلنت الحكومة حظر التجول"
/// ```
public struct TranslationUnit: Sendable, Hashable, Codable {
    /// The `tuid` attribute, if any.
    public var id: String?
    /// The Arabic segment.
    public var arabic: Segment
    /// The English segment.
    public var english: Segment
    /// The texts of the unit's `<note>` elements, in order.
    public var notes: [String]
    /// The unit's `<prop>` elements, in order.
    public var properties: [TMXProperty]
    /// The `<tu>` attributes other than `tuid`, by name: `srclang`, `creationdate`,
    /// `changedate`, `usagecount`, `datatype`, ...
    public var attributes: [String: String]
    /// The language tag, attributes, notes and properties of the Arabic `<tuv>`.
    public var arabicDetails: VariantDetails
    /// The language tag, attributes, notes and properties of the English `<tuv>`.
    public var englishDetails: VariantDetails

    /// A unit; by default its variants are tagged `ar` and `en` and carry nothing else.
    public init(
        id: String? = nil, arabic: Segment, english: Segment, notes: [String] = [], properties: [TMXProperty] = [],
        attributes: [String: String] = [:], arabicDetails: VariantDetails = VariantDetails(language: "ar"),
        englishDetails: VariantDetails = VariantDetails(language: "en")
    ) {
        self.id = id
        self.arabic = arabic
        self.english = english
        self.notes = notes
        self.properties = properties
        self.attributes = attributes
        self.arabicDetails = arabicDetails
        self.englishDetails = englishDetails
    }
}

extension TranslationUnit {
    /// What a `<tuv>` carries besides its segment.
    public struct VariantDetails: Sendable, Hashable, Codable {
        /// The language tag as the file writes it (`ar`, `ar-SA`, `AR`, `en-GB`); written back
        /// as `xml:lang`, also when it was read from TMX 1.1's `lang`.
        public var language: String
        /// The `<tuv>` attributes other than the language: `creationdate`, `changeid`, ...
        public var attributes: [String: String]
        /// The texts of the variant's `<note>` elements, in order.
        public var notes: [String]
        /// The variant's `<prop>` elements, in order.
        public var properties: [TMXProperty]

        /// The details of a variant in `language`.
        public init(
            language: String, attributes: [String: String] = [:], notes: [String] = [],
            properties: [TMXProperty] = []
        ) {
            self.language = language
            self.attributes = attributes
            self.notes = notes
            self.properties = properties
        }
    }
}
