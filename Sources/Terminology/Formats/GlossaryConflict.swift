import ArabicText

/// Two concepts of one glossary that claim the same term, so that a matcher could not tell
/// which one a text means.
///
/// ```swift
/// // line 12: Iraq / العراق      line 40: Iraqi state / الدولة العراقية | العراق
/// GlossaryConflict.conflicts(in: entries)
/// // [GlossaryConflict(language: .arabic, form: "العراق", first: <line 12>, second: <line 40>)]
/// ```
public struct GlossaryConflict: Equatable, Sendable {
    /// Which side of the concepts clashes.
    public enum Language: String, Sendable {
        /// Two concepts have the same English preferred term.
        case english
        /// An Arabic form (preferred or variant) of one concept is also a form of another.
        case arabic
    }

    /// Whether an English term or an Arabic form clashes.
    public var language: Language
    /// The clashing form as `second` writes it.
    public var form: String
    /// The earlier entry that has the form.
    public var first: GlossaryEntry
    /// The later entry that repeats it.
    public var second: GlossaryEntry

    /// A clash of `form` between `first` and the later `second`.
    public init(language: Language, form: String, first: GlossaryEntry, second: GlossaryEntry) {
        self.language = language
        self.form = form
        self.first = first
        self.second = second
    }

    /// Every clash in `entries`, in the order of their second entry.
    ///
    /// Arabic forms are compared by `Normalizer.matchingKey` (so `الأمريكية` and `الامريكيه`
    /// clash); English preferred terms are compared by the same key, which folds Latin case.
    /// A form listed twice on one concept is no conflict. When three concepts share a form, the
    /// second and the third are each reported against the first.
    ///
    /// - Complexity: O(n) in the total length of the forms.
    public static func conflicts(in entries: [GlossaryEntry]) -> [GlossaryConflict] {
        let normalizer = Normalizer.matchingKey
        var englishOwners: [String: Int] = [:]
        var arabicOwners: [String: Int] = [:]
        var conflicts: [GlossaryConflict] = []
        for (index, entry) in entries.enumerated() {
            let english = normalizer.key(entry.concept.english)
            if !english.isEmpty {
                if let owner = englishOwners[english] {
                    conflicts.append(
                        GlossaryConflict(
                            language: .english, form: entry.concept.english, first: entries[owner], second: entry))
                } else {
                    englishOwners[english] = index
                }
            }
            var seen: Set<String> = []
            for form in entry.concept.arabicForms {
                let key = normalizer.key(form)
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                if let owner = arabicOwners[key] {
                    conflicts.append(
                        GlossaryConflict(language: .arabic, form: form, first: entries[owner], second: entry))
                } else {
                    arabicOwners[key] = index
                }
            }
        }
        return conflicts
    }
}
