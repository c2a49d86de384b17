/// One reading of a word as cut points into the UTF-8 bytes of its matching key: a
/// `CliticAnalysis` without its strings, for code that looks stems up by their bytes.
///
/// ```swift
/// // "وللعراق" (14 bytes) read as و + لل + عراق:
/// CliticCut(prefixEnd: 4, stemStart: 6, stemEnd: 14, hasArticle: true,
///           restoresTaaMarbuta: false, stemLength: 4)
/// ```
///
/// The proclitics are `key[0..<prefixEnd]`, the article (if any) lies between `prefixEnd` and
/// `stemStart`, the stem is `key[stemStart..<stemEnd]` and the suffix `key[stemEnd...]`.
public struct CliticCut: Sendable, Hashable {
    /// The end of the proclitic letters before the article, in bytes.
    public var prefixEnd: Int
    /// Where the stem starts, in bytes (after the article, if any).
    public var stemStart: Int
    /// Where the stem ends and the suffix (enclitic pronoun or tanween alef) starts, in bytes.
    public var stemEnd: Int
    /// Whether the stem carried the article (`ال`, or the `ل` of `لل`).
    public var hasArticle: Bool
    /// Whether the stem's final `ت` stands for a taa marbuta before a pronoun
    /// (`حكومتها` → `حكومه`): the stem is then its bytes with that last letter read as `ه`.
    public var restoresTaaMarbuta: Bool
    /// The stem's length in Unicode scalars.
    public var stemLength: Int

    public init(
        prefixEnd: Int, stemStart: Int, stemEnd: Int, hasArticle: Bool, restoresTaaMarbuta: Bool,
        stemLength: Int
    ) {
        self.prefixEnd = prefixEnd
        self.stemStart = stemStart
        self.stemEnd = stemEnd
        self.hasArticle = hasArticle
        self.restoresTaaMarbuta = restoresTaaMarbuta
        self.stemLength = stemLength
    }
}
