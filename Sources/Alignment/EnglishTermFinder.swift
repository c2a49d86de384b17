import Terminology

/// Finds which glossary concepts an English sentence names, through each concept's English
/// forms: `"the coalition's bases in Iraq"` names Iraq and (if it is in the glossary)
/// the coalition.
///
/// Words are compared through `EnglishWords.folded`, so plural and possessive do not hide a
/// term. A form written in capitals (`US`, `ISIS`) must stand in capitals in the sentence:
/// folded, `US` would be the pronoun `us`.
///
/// - Complexity: building is O(total length of the English forms); a sentence of n words
///   costs O(n·f) for f forms sharing a first word.
struct EnglishTermFinder: Sendable {
    private struct Form: Sendable {
        var concept: Int
        var words: [String]
    }

    /// Folded forms by their first word.
    private var forms: [String: [Form]] = [:]
    /// Capitalised forms (acronyms) as they are written, with their concept.
    private var acronyms: [String: [Int]] = [:]

    init(concepts: [Concept]) {
        for (index, concept) in concepts.enumerated() {
            for form in concept.englishForms {
                if Self.isAcronym(form) {
                    acronyms[form.filter { $0 != "." }, default: []].append(index)
                    continue
                }
                let words = EnglishWords.folded(form)
                guard let first = words.first else { continue }
                forms[first, default: []].append(Form(concept: index, words: words))
            }
        }
    }

    /// The words of a sentence written in capitals, dots left out (`U.S.` → `US`).
    static func capitalWords(in sentence: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var allCapitals = true
        func flush() {
            if current.count >= 2, allCapitals { words.append(String(current)) }
            current = String.UnicodeScalarView()
            allCapitals = true
        }
        for scalar in sentence.unicodeScalars {
            if scalar == "." { continue }
            if scalar.value < 0x80 ? (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
                : scalar.properties.isAlphabetic
            {
                current.append(scalar)
                if !SentenceMarks.isUppercase(scalar) { allCapitals = false }
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Whether a form is written in capitals (`US`, `U.S.`, `KRI`), to be matched as it stands.
    static func isAcronym(_ form: String) -> Bool {
        let letters = form.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.count <= 6 && !form.contains(" ")
            && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// The concepts named in `sentence`, each once, in ascending order.
    func concepts(in sentence: String) -> [Int] {
        var found: Set<Int> = []
        if !forms.isEmpty {
            let words = EnglishWords.folded(sentence)
            for start in words.indices {
                guard let candidates = forms[words[start]] else { continue }
                for form in candidates where !found.contains(form.concept) {
                    let end = start + form.words.count
                    if end <= words.count, words[start..<end].elementsEqual(form.words) { found.insert(form.concept) }
                }
            }
        }
        if !acronyms.isEmpty {
            for word in Self.capitalWords(in: sentence) {
                if let concepts = acronyms[word] { found.formUnion(concepts) }
            }
        }
        return found.sorted()
    }
}
