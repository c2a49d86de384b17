/// A normalised text together with the way back to the text it came from.
///
/// `origins[i]` is the offset, in Unicode scalars of the original text, of the scalar that
/// produced normalised scalar `i`; a final entry holds the original's scalar count. Several
/// normalised scalars may share one origin (`ﻻ` → `لا`), and original scalars that were
/// dropped (diacritics, tatweel) have no normalised scalar of their own.
public struct NormalizedText: Sendable, Equatable {
    /// The normalised text.
    public let text: String
    /// Original scalar offset of each normalised scalar, plus the original scalar count.
    public let origins: [Int32]

    public init(text: String, origins: [Int32]) {
        self.text = text
        self.origins = origins
    }

    /// The number of Unicode scalars in `text`.
    public var scalarCount: Int { origins.count - 1 }

    /// The original scalar range that a normalised scalar range came from.
    ///
    /// A range's end extends over whatever the normaliser dropped after its last scalar
    /// (the diacritics on a word's final letter belong to the word), but never into the
    /// scalar that produced the next normalised scalar.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        Self.originalRange(of: range, in: origins)
    }

    /// `originalRange(of:)` for an offset map kept apart from its text (see
    /// `Normalizer.normalize(_:into:origins:)`).
    public static func originalRange(of range: Range<Int>, in origins: [Int32]) -> Range<Int> {
        let lower = Int(origins[range.lowerBound])
        guard !range.isEmpty else { return lower..<lower }
        let lastOrigin = Int(origins[range.upperBound - 1])
        var upper = Int(origins[range.upperBound])
        if upper <= lastOrigin {
            // The range ends inside an expansion (one original scalar, several normalised ones).
            upper = lastOrigin + 1
        }
        return lower..<upper
    }
}
