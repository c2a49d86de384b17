/// The element names and data-category values of TBX-Basic that the glossary uses, in one place.
///
/// TBX v2 (`martif`) nests `termEntry` → `langSet` → `tig`/`ntig` → `term`; TBX v3 (`tbx`) nests
/// `conceptEntry` → `langSec` → `termSec` → `term`.
enum TBXVocabulary {
    static let roots: Set<String> = ["martif", "tbx"]
    static let entries: Set<String> = ["termEntry", "conceptEntry"]
    static let languageSections: Set<String> = ["langSet", "langSec"]
    static let termSections: Set<String> = ["tig", "ntig", "termSec"]

    /// `termNote type="administrativeStatus"` and `descrip type="subjectField"`.
    static let administrativeStatus = "administrativeStatus"
    static let subjectField = "subjectField"
    static let preferredTerm = "preferredTerm-admn-sts"
    static let admittedTerm = "admittedTerm-admn-sts"

    /// Dragoman's own data category for `Concept.status`: `<admin type="conceptStatus">`
    /// holding `proposed` or `deprecated` (`approved` when absent). TBX-Basic has no
    /// concept-level status; other tools ignore this element.
    static let conceptStatus = "conceptStatus"

    /// The element that holds the terms of one language in a document with root `root`.
    static func languageSection(inDocumentWithRoot root: String?) -> String {
        root == "tbx" ? "langSec" : "langSet"
    }
}
