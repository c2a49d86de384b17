/// One step of a sentence alignment: some Arabic sentences and the English sentences that
/// translate them, by index.
///
/// ```swift
/// // Arabic sentence 3 split into English sentences 3 and 4:
/// Bead(arabic: 3..<4, english: 3..<5, score: 0.97, isWeak: false)
/// // Arabic sentence 7 left untranslated (an empty English range at English position 9):
/// Bead(arabic: 7..<8, english: 9..<9, score: 0.62, isWeak: false)
/// ```
public struct Bead: Hashable, Sendable, Codable {
    /// Indexes of the Arabic sentences, half-open; empty for an English sentence with no Arabic.
    public var arabic: Range<Int>
    /// Indexes of the English sentences, half-open; empty for an Arabic sentence with no English.
    public var english: Range<Int>
    /// The probability, under the aligner's model, that this bead is part of the right
    /// alignment (its posterior over all alignments in the band), in 0...1.
    public var score: Double
    /// Whether the score is below `AlignmentOptions.weakScore`: a bead a reviewer should look at.
    public var isWeak: Bool

    public init(arabic: Range<Int>, english: Range<Int>, score: Double = 1, isWeak: Bool = false) {
        self.arabic = arabic
        self.english = english
        self.score = score
        self.isWeak = isWeak
    }

    /// Whether the bead pairs sentences (both sides non-empty), rather than leaving one out.
    public var isPair: Bool { !arabic.isEmpty && !english.isEmpty }
}
