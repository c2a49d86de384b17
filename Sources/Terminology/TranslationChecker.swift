/// A problem a reviewer should look at in a translation, found through the glossary.
public struct TranslationFinding: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// An Arabic term whose concept's English (any approved form) is not in the paired
        /// English sentence.
        case missing
        /// A concept rendered by different English forms in different sentences.
        case inconsistent
    }

    public var kind: Kind
    public var conceptIndex: Int
    /// The concept's approved English term.
    public var english: String
    /// The pair (1-based, a line of each file) the finding is about; for `inconsistent`, the
    /// first pair where the concept appears.
    public var pair: Int
    public var arabicSentence: String
    public var englishSentence: String
    /// For `missing`: the term as it stands in the Arabic sentence.
    public var term: TermMatch?
    /// For `inconsistent`: each English form used, with the pairs (1-based) that use it.
    public var renderings: [Rendering]

    public struct Rendering: Sendable, Equatable {
        public var english: String
        public var pairs: [Int]
    }
}

/// Checks English translations against the glossary: each Arabic term must have its concept's
/// English (the approved form or a variant; plural and possessive tolerated) in the paired
/// English sentence, and a concept should be rendered the same way throughout.
///
/// ```swift
/// // "انسحبت القوات من بغداد" / "Troops left the capital": Baghdad missing.
/// ```
///
/// - Complexity: O(total length of the pairs), besides the matcher's own cost.
public struct TranslationChecker: Sendable {
    public let matcher: TermMatcher

    public init(matcher: TermMatcher) {
        self.matcher = matcher
    }

    /// The English form of concept `concept` found in `english` (the longest, when several
    /// are), tolerant of plural and possessive; nil when none is there.
    public func rendering(of concept: Int, in english: String) -> String? {
        let words = EnglishWords.folded(english)
        return matcher.concepts[concept].englishForms
            .map { ($0, EnglishWords.folded($0)) }
            .filter { EnglishWords.contains(words, phrase: $0.1) }
            .max { $0.1.count < $1.1.count }?.0
    }

    /// The findings for sentence pairs in order: missing terms by pair, then inconsistent
    /// concepts by their first pair.
    public func findings(in pairs: [(arabic: String, english: String)]) -> [TranslationFinding] {
        let concepts = matcher.concepts
        var formWords: [Int: [[String]]] = [:]
        func forms(of concept: Int) -> [[String]] {
            if let cached = formWords[concept] { return cached }
            let words = concepts[concept].englishForms.map(EnglishWords.folded)
            formWords[concept] = words
            return words
        }
        var findings: [TranslationFinding] = []
        // concept → form index → pairs using it
        var usage: [Int: [Int: [Int]]] = [:]
        var firstPair: [Int: Int] = [:]
        for (offset, pair) in pairs.enumerated() {
            let number = offset + 1
            let englishWords = EnglishWords.folded(pair.english)
            var seen: Set<Int> = []
            for term in matcher.matches(in: pair.arabic) {
                let concept = term.conceptIndex
                let used = forms(of: concept).indices.filter { EnglishWords.contains(englishWords, phrase: forms(of: concept)[$0]) }
                if firstPair[concept] == nil { firstPair[concept] = number }
                if used.isEmpty {
                    findings.append(TranslationFinding(
                        kind: .missing, conceptIndex: concept, english: concepts[concept].english, pair: number,
                        arabicSentence: pair.arabic, englishSentence: pair.english, term: term, renderings: []))
                } else if seen.insert(concept).inserted {
                    // The longest form found is the rendering ("Islamic State" over "State").
                    let form = used.max { forms(of: concept)[$0].count < forms(of: concept)[$1].count } ?? used[0]
                    usage[concept, default: [:]][form, default: []].append(number)
                }
            }
        }
        for (concept, byForm) in usage.sorted(by: { (firstPair[$0.key] ?? 0, $0.key) < (firstPair[$1.key] ?? 0, $1.key) })
        where byForm.count > 1 {
            let englishForms = concepts[concept].englishForms
            let renderings = byForm.sorted { $0.key < $1.key }.map {
                TranslationFinding.Rendering(english: englishForms[$0.key], pairs: $0.value)
            }
            let first = firstPair[concept] ?? 1
            findings.append(TranslationFinding(
                kind: .inconsistent, conceptIndex: concept, english: concepts[concept].english, pair: first,
                arabicSentence: pairs[first - 1].arabic, englishSentence: pairs[first - 1].english, term: nil,
                renderings: renderings))
        }
        return findings
    }
}
