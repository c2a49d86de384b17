/// Steps 1a–5b, ported rule by rule from NLTK's `porter.py` (NLTK_EXTENSIONS mode).
extension PorterStemmer {
    /// A suffix and what replaces it.
    typealias Rule = (suffix: Letters, replacement: Letters)

    /// NLTK's `_apply_rule_list`: the first rule whose suffix ends `word` decides. Its
    /// replacement is applied when `condition(stem, suffix)` holds; otherwise the word stays.
    func applyFirstMatching(_ word: Letters, _ rules: [Rule], where condition: (Letters, Letters) -> Bool) -> Letters {
        for rule in rules where word.hasSuffix(rule.suffix) {
            let stem = word.droppingLast(rule.suffix.count)
            return condition(stem, rule.suffix) ? stem + rule.replacement : word
        }
        return word
    }

    static func rules(_ pairs: [(String, String)]) -> [Rule] {
        pairs.map { (letters($0.0), letters($0.1)) }
    }

    static let ies = letters("ies"), ied = letters("ied"), eed = letters("eed"), ed = letters("ed")
    static let ing = letters("ing"), alli = letters("alli"), ion = letters("ion"), logi = letters("logi")
    static let ll = letters("ll")
    static let step1aRules = rules([("sses", "ss"), ("ies", "i"), ("ss", "ss"), ("s", "")])
    static let step1bRules = rules([("at", "ate"), ("bl", "ble"), ("iz", "ize")])
    static let step2Rules = rules([
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("fulli", "ful"), ("logi", "log"),
    ])
    static let step3Rules = rules([
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
        ("ness", ""),
    ])
    static let step4Rules = rules([
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""),
        ("ant", ""), ("ement", ""), ("ment", ""), ("ent", ""), ("ion", ""), ("ou", ""), ("ism", ""),
        ("ate", ""), ("iti", ""), ("ous", ""), ("ive", ""), ("ize", ""),
    ])

    /// Plurals: sses → ss, ies → i (NLTK: a four-letter -ies word → -ie), ss → ss, s → "".
    func step1a(_ word: Letters) -> Letters {
        if word.hasSuffix(Self.ies) && word.count == 4 { return word.droppingLast(3) + [Self.i, Self.e] }
        return applyFirstMatching(word, Self.step1aRules) { _, _ in true }
    }

    /// Past tenses and gerunds: (m>0) eed → ee; (*v*) ed → ""; (*v*) ing → "", then tidy the stem.
    func step1b(_ word: Letters) -> Letters {
        if word.hasSuffix(Self.ied) {
            // NLTK: 'died' → 'die' but 'spied' → 'spi'.
            return word.droppingLast(3) + (word.count == 4 ? [Self.i, Self.e] : [Self.i])
        }
        if word.hasSuffix(Self.eed) {
            let stem = word.droppingLast(3)
            return measure(stem) > 0 ? stem + [Self.e, Self.e] : word
        }
        let intermediate: Letters
        if word.hasSuffix(Self.ed), containsVowel(word.droppingLast(2)) {
            intermediate = word.droppingLast(2)
        } else if word.hasSuffix(Self.ing), containsVowel(word.droppingLast(3)) {
            intermediate = word.droppingLast(3)
        } else {
            return word
        }
        for rule in Self.step1bRules where intermediate.hasSuffix(rule.suffix) {
            return intermediate.droppingLast(rule.suffix.count) + rule.replacement
        }
        if endsDoubleConsonant(intermediate) {
            // (*d and not (*L or *S or *Z)) → single letter.
            let last = intermediate[intermediate.count - 1]
            guard last != Self.l && last != Self.s && last != Self.z else { return intermediate }
            return intermediate.droppingLast(2) + [last]
        }
        // (m=1 and *o) → E.
        return measure(intermediate) == 1 && endsCVC(intermediate) ? intermediate + [Self.e] : intermediate
    }

    /// y → i after a consonant that is not the whole stem (NLTK's rule: 'happy' → 'happi',
    /// 'enjoy' stays).
    func step1c(_ word: Letters) -> Letters {
        guard word.last == Self.y else { return word }
        let stem = word.droppingLast(1)
        return stem.count > 1 && isConsonant(stem, stem.count - 1) ? stem + [Self.i] : word
    }

    /// Double suffixes to single ones, (m>0).
    func step2(_ word: Letters) -> Letters {
        // NLTK applies alli → al first and, when it succeeds, runs step 2 again.
        if word.hasSuffix(Self.alli), measure(word.droppingLast(4)) > 0 {
            return step2(word.droppingLast(4) + letters("al"))
        }
        return applyFirstMatching(word, Self.step2Rules) { stem, suffix in
            // logi → log keeps the 'l' with the stem when measuring, so 'geology' works.
            suffix == Self.logi ? measure(word.droppingLast(3)) > 0 : measure(stem) > 0
        }
    }

    /// -ic-, -full, -ness and friends, (m>0).
    func step3(_ word: Letters) -> Letters {
        applyFirstMatching(word, Self.step3Rules) { stem, _ in measure(stem) > 0 }
    }

    /// Residual suffixes, (m>1); -ion only after s or t.
    func step4(_ word: Letters) -> Letters {
        applyFirstMatching(word, Self.step4Rules) { stem, suffix in
            guard measure(stem) > 1 else { return false }
            return suffix != Self.ion || stem.last == Self.s || stem.last == Self.t
        }
    }

    /// A final e: (m>1) e → ""; (m=1 and not *o) e → "".
    func step5a(_ word: Letters) -> Letters {
        guard word.last == Self.e else { return word }
        let stem = word.droppingLast(1)
        let m = measure(stem)
        if m > 1 || (m == 1 && !endsCVC(stem)) { return stem }
        return word
    }

    /// (m>1 and *d and *L) → single letter: 'controll' → 'control'.
    func step5b(_ word: Letters) -> Letters {
        guard word.hasSuffix(Self.ll) else { return word }
        return measure(word.droppingLast(1)) > 1 ? word.droppingLast(1) : word
    }
}
