/// The columns of a TICO-19 termbase CSV: `sourceLang`, `targetLang`, `sourceString`,
/// `targetString`, and optionally `description`, among others that are ignored (`id`,
/// `stringID`, `pos`, ...).
///
/// A row `1,en,ar_AR,curfew,حظر التجول` gives the concept "curfew" / "حظر التجول"; a row whose
/// source language is Arabic and target English gives the same concept. `description` becomes
/// the note.
struct TICOTermbaseLayout {
    private let sourceLanguage: Int
    private let targetLanguage: Int
    private let sourceString: Int
    private let targetString: Int
    private let description: Int?

    /// The layout of `header`, or nil when it lacks one of the four TICO columns.
    init?(header: [String]) {
        let names = header.map { GlossaryText.trimmed($0).lowercased() }
        guard let sourceLanguage = names.firstIndex(of: "sourcelang"),
            let targetLanguage = names.firstIndex(of: "targetlang"),
            let sourceString = names.firstIndex(of: "sourcestring"),
            let targetString = names.firstIndex(of: "targetstring")
        else { return nil }
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.sourceString = sourceString
        self.targetString = targetString
        self.description = names.firstIndex(of: "description")
    }

    func concept(from fields: [String], line: Int) throws(GlossaryFormatError) -> Concept {
        func field(_ index: Int?) -> String {
            guard let index, index < fields.count else { return "" }
            return GlossaryText.trimmed(fields[index])
        }
        let source = field(sourceLanguage)
        let target = field(targetLanguage)
        let english: String
        let arabic: String
        switch (GlossaryText.primaryLanguageSubtag(source), GlossaryText.primaryLanguageSubtag(target)) {
        case ("en", "ar"):
            (english, arabic) = (field(sourceString), field(targetString))
        case ("ar", "en"):
            (english, arabic) = (field(targetString), field(sourceString))
        default:
            throw GlossaryFormatError(
                line: line, message: "unsupported language pair \"\(source)\" to \"\(target)\" (expected en and ar)")
        }
        if english.isEmpty {
            throw GlossaryFormatError(
                line: line, message: arabic.isEmpty ? "empty english term" : "empty english term for \"\(arabic)\"")
        }
        if arabic.isEmpty {
            throw GlossaryFormatError(line: line, message: "empty arabic term for \"\(english)\"")
        }
        return Concept(english: english, arabic: arabic, note: field(description))
    }
}
