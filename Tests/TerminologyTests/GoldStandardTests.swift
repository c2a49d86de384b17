import Foundation
import Testing
import Terminology

/// The term matcher against the hand-written gold standard in `Fixtures/gold`: a 46-concept
/// glossary and 85 Arabic news sentences with every term the matcher must report (span, glossary
/// form and kind). `Fixtures/gold/check_gold.py` validates the fixtures and states the rules.
///
/// The first tests score the whole gold; the named tests after them each pin one trap of Arabic
/// news copy to the sentences written for it, so a failure says which rule broke.
@Suite struct GoldStandardTests {
    let concepts: [Concept]
    let sentences: [GoldSentence]
    let matcher: TermMatcher

    init() throws {
        let tsv = try Self.fixture("glossary.tsv")
        concepts = try GlossaryReader.read(tsv, format: .tsv).map(\.concept)
        let decoder = JSONDecoder()
        sentences = try Self.fixture("sentences.jsonl").split(separator: "\n").map {
            try decoder.decode(GoldSentence.self, from: Data($0.utf8))
        }
        matcher = TermMatcher(concepts: concepts)
    }

    // MARK: - The whole gold

    @Test func readsTheWholeGold() {
        #expect(concepts.count >= 30)
        #expect(sentences.count >= 45)
        let kinds = Set(sentences.flatMap(\.terms).map(\.match))
        #expect(kinds == ["exact", "clitic", "variant", "fuzzy"])
    }

    /// A predicted match is correct when its english, start and end equal a gold term's.
    @Test func precisionAndRecallAreBothOne() {
        var correct = 0, predicted = 0, expected = 0
        var misses: [String] = [], falsePositives: [String] = []
        for sentence in sentences {
            let found = matcher.matches(in: sentence.text)
            let goldKeys = Set(sentence.terms.map { SpanKey(english: $0.english, range: $0.range) })
            let foundKeys = Set(found.map { SpanKey(english: $0.english, range: $0.range) })
            predicted += found.count
            expected += sentence.terms.count
            correct += found.filter { goldKeys.contains(SpanKey(english: $0.english, range: $0.range)) }.count
            misses += sentence.terms.filter { !foundKeys.contains(SpanKey(english: $0.english, range: $0.range)) }
                .map { "\(sentence.id): \($0.summary)" }
            falsePositives += found.filter { !goldKeys.contains(SpanKey(english: $0.english, range: $0.range)) }
                .map { "\(sentence.id): \(summary($0))" }
        }
        let precision = predicted == 0 ? 0 : Double(correct) / Double(predicted)
        let recall = expected == 0 ? 0 : Double(correct) / Double(expected)
        #expect(precision == 1.0, "precision \(precision); false positives:\n\(falsePositives.joined(separator: "\n"))")
        #expect(recall == 1.0, "recall \(recall); misses:\n\(misses.joined(separator: "\n"))")
    }

    /// A memo carried from sentence to sentence (as `align` carries one through a document)
    /// changes no match: the gold read in order, backwards and again with one memo, and with a
    /// memo so small that it starts afresh every few words, gives what each sentence alone gives.
    @Test func aMemoChangesNoMatch() {
        let texts = sentences.map(\.text)
        for memo in [TermMatchMemo(), TermMatchMemo(capacity: 7)] {
            for text in texts + texts.reversed() + texts {
                #expect(matcher.matches(in: text, memo: memo) == matcher.matches(in: text), "\(text)")
            }
        }
    }

    @Test func reportsTheGoldMatchKind() {
        var wrong: [String] = []
        for sentence in sentences {
            for match in matcher.matches(in: sentence.text) {
                guard let term = sentence.term(english: match.english, range: match.range) else { continue }
                if match.kind.rawValue != term.match {
                    wrong.append("\(sentence.id): «\(term.surface)» is \(term.match), got \(match.kind.rawValue)")
                }
            }
        }
        #expect(wrong.isEmpty, "wrong kinds:\n\(wrong.joined(separator: "\n"))")
    }

    @Test func reportsTheGlossaryFormThatMatched() {
        var wrong: [String] = []
        for sentence in sentences {
            for match in matcher.matches(in: sentence.text) {
                guard let term = sentence.term(english: match.english, range: match.range) else { continue }
                if match.arabic != term.arabic || match.surface != term.surface {
                    wrong.append("\(sentence.id): \(term.summary) [\(term.arabic)], got \(summary(match)) [\(match.arabic)]")
                }
            }
        }
        #expect(wrong.isEmpty, "wrong forms:\n\(wrong.joined(separator: "\n"))")
    }

    @Test func surfaceIsTheTextAtTheRangeAndMatchesAreOrdered() {
        for sentence in sentences {
            let found = matcher.matches(in: sentence.text)
            for match in found {
                #expect(scalarSlice(sentence.text, match.range) == match.surface, "\(sentence.id): \(summary(match))")
                #expect(concepts.indices.contains(match.conceptIndex), "\(sentence.id): \(summary(match))")
                if concepts.indices.contains(match.conceptIndex) {
                    let concept = concepts[match.conceptIndex]
                    #expect(concept.english == match.english && concept.arabicForms.contains(match.arabic))
                }
            }
            for (left, right) in zip(found, found.dropFirst()) {
                #expect(left.range.upperBound <= right.range.lowerBound, "\(sentence.id): \(summary(left)) overlaps \(summary(right))")
            }
        }
    }

    @Test func scoresRankExactAboveCliticAndVariantAboveFuzzy() throws {
        let found = sentences.flatMap { matcher.matches(in: $0.text) }
        #expect(found.allSatisfy { (0...1).contains($0.score) }, "a score outside 0...1")
        let exact = found.filter { $0.kind == .exact }.map(\.score)
        let middle = found.filter { $0.kind == .clitic || $0.kind == .variant }.map(\.score)
        let fuzzy = found.filter { $0.kind == .fuzzy }.map(\.score)
        try #require(!exact.isEmpty && !middle.isEmpty && !fuzzy.isEmpty, "the gold has every kind of match")
        if let lowestExact = exact.min(), let highestMiddle = middle.max() {
            #expect(lowestExact > highestMiddle, "an exact match scores \(lowestExact), a clitic or variant \(highestMiddle)")
        }
        if let lowestMiddle = middle.min(), let highestFuzzy = fuzzy.max() {
            #expect(lowestMiddle > highestFuzzy, "a clitic or variant match scores \(lowestMiddle), a fuzzy one \(highestFuzzy)")
        }
    }

    // MARK: - Traps, one test each

    @Test func doesNotMatchIranInsideIranian() throws {
        #expect(try check("nisba-iranian").isEmpty)
        #expect(try check("variant-america-spelling").map(\.english) == ["America"])
    }

    @Test func doesNotMatchIraqInsideIraqiNisbas() throws {
        #expect(try check("nisba-iraqi").map(\.english) == ["government"])
        #expect(try check("clitic-lam-reuters").map(\.english) == ["Reuters"])
        #expect(try check("clitic-lil-iraq-and-imf").map(\.surface) == ["صندوق النقد الدولي", "للعراق"])
    }

    @Test func doesNotMatchAmericaInsideAmericans() throws {
        let found = try check("nisba-american")
        #expect(found.map(\.english) == ["America", "Iraq", "Syria"])
        #expect(found.first?.surface == "أمريكا")
        #expect(try check("pentagon-and-esper").map(\.surface) == ["وزارة الدفاع", "البنتاغون", "مارك إسبر"])
    }

    @Test func doesNotMatchBaghdadInsideALongerWord() throws {
        #expect(try check("baghdadi-is-not-baghdad").isEmpty)
        #expect(try check("al-baghdadi-is-not-baghdad").isEmpty)
    }

    @Test func doesNotReadALongerWordAsACliticAndATerm() throws {
        #expect(try check("baqubah-is-not-sanctions").isEmpty)
        #expect(try check("governmental-is-not-government").isEmpty)
        #expect(try check("no-fuzzy-one-word-term").isEmpty)
    }

    @Test func neverStripsYaaOrKafAsAPronoun() throws {
        #expect(try check("enclitic-yaa-and-kaf-rejected").isEmpty)
    }

    @Test func reportsOnlyTheLongestOfNestedTerms() throws {
        let factions = try check("nested-factions")
        #expect(factions.map(\.english) == ["Iran-aligned factions"])
        #expect(factions.first?.surface == "الفصائل الموالية لإيران")
        #expect(try check("nested-new-baghdad").map(\.english) == ["New Baghdad"])
        #expect(try check("longest-variant-united-states").first?.surface == "الولايات المتحدة الأميركية")
        #expect(try check("security-council-longest-and-ceasefire").first?.surface == "مجلس الأمن الدولي")
        #expect(try check("islamic-state-nested-variant").map(\.kind) == [.exact, .variant])
    }

    @Test func reportsAdjacentTermsSeparately() throws {
        let found = try check("adjacent-title-and-name")
        #expect(found.map(\.english) == ["prime minister", "Adel Abdul Mahdi"])
        #expect(found.count == 2 && found[0].range.upperBound + 1 == found[1].range.lowerBound)
        #expect(try check("adjacent-imf-central-bank").map(\.english) == ["International Monetary Fund", "central bank"])
        #expect(try check("clitic-waw-baa-article").map(\.english) == ["Iran", "Syria", "Iraq"])
    }

    @Test func skipsAFailedLongerTermAndFindsTheNextOne() throws {
        let found = try check("speaker-of-parliament")
        #expect(found.map(\.surface) == ["مجلس النواب"])
        #expect(found.first?.kind == .variant)
    }

    @Test func treatsAHyphenBetweenWordsAsASpace() throws {
        #expect(try check("hyphen-green-zone").first?.surface == "المنطقة-الخضراء")
        #expect(try check("hyphen-adjacent-joc-baghdad").map(\.surface) == ["قيادة العمليات المشتركة", "بغداد"])
    }

    @Test func doesNotMatchATermSplitByPunctuation() throws {
        #expect(try check("comma-splits-new-baghdad").map(\.english) == ["Baghdad"])
        #expect(try check("glued-stop").map(\.surface) == ["بغداد"])
    }

    @Test func findsTermsInsideQuotesAndParentheses() throws {
        #expect(try check("guillemets").map(\.surface) == ["واشنطن", "الحشد الشعبي"])
        #expect(try check("daesh-in-parentheses").map(\.surface) == ["داعش", "سوريا"])
    }

    @Test(arguments: [
        ("clitic-lam-reuters", "لرويترز"), ("clitic-baa-baghdad", "ببغداد"), ("clitic-lil-iraq-and-imf", "للعراق"),
        ("clitic-waw-baa-article", "وبالعراق"), ("clitic-waw-lam-article", "وللعراق"),
        ("clitic-faa-article-government", "فالحكومة"), ("clitic-kaf-iraq-and-oil", "كالعراق"),
        ("double-waw-washington", "وواشنطن"), ("lil-withdrawal-parliament", "للانسحاب"),
        ("pmf-clitic-lam", "لقوات الحشد الشعبي"),
    ])
    func keepsProcliticsInsideTheSurface(_ id: String, _ surface: String) throws {
        let match = try #require(try check(id).first { $0.surface == surface })
        #expect(match.kind == .clitic)
        #expect(match.range.count == surface.unicodeScalars.count)
    }

    @Test func stripsAProcliticGluedToALatinCode() throws {
        let codes = try check("clitic-on-latin-code")
        #expect(codes.map(\.surface) == ["UH-60", "وAH-64"])
        #expect(codes.map(\.kind) == [.exact, .clitic])
        #expect(try check("clitic-lam-tatweel-latin").map(\.surface) == ["لـCNN"])
    }

    @Test func matchesLatinCodesCaseInsensitivelyAndOnlyAsWholeTokens() throws {
        let found = try check("latin-lowercase")
        #expect(found.map(\.surface) == ["cnn"] && found.first?.kind == .exact)
        #expect(try check("latin-code-inside-longer-token").isEmpty)
    }

    @Test func keepsThePlusSignOfOpecPlus() throws {
        let found = try check("opec-plus")
        #expect(found.map(\.english) == ["OPEC+", "OPEC"])
        #expect(found.first?.surface == "أوبك+")
        #expect(try check("opec-plus-variant-and-clitic").last?.surface == "لأوبك+")
    }

    @Test func ignoresDiacriticsButCountsTanweenAlefAsAClitic() throws {
        let vocalised = try check("diacritics-exact")
        #expect(vocalised.map(\.surface) == ["رئيسُ الوزراءِ", "العِراقَ"])
        #expect(vocalised.allSatisfy { $0.kind == .exact })
        #expect(try check("tanween-alef").map(\.kind) == [.clitic, .clitic])
        #expect(try check("tanween-diacritic-without-alef").map(\.kind) == [.exact])
    }

    @Test func matchesDroppedHamzaAndEitherFinalYaa() throws {
        #expect(try check("hamza-dropped-embassy").map(\.kind) == [.exact])
        #expect(try check("hamza-dropped-iran").map(\.kind) == [.exact, .exact])
        #expect(try check("alef-maqsura-written-yaa").first?.kind == .exact)
        #expect(try check("yaa-written-alef-maqsura").map(\.arabic) == ["الحشد الشعبي"])
    }

    @Test(arguments: [
        ("name-variant-milley-two-words", "مارك مايلي"), ("name-variant-milley-surname", "ميلي"),
        ("name-variant-seely", "ويليام سيلي"), ("name-variant-glued-abdul-mahdi", "عادل عبدالمهدي"),
        ("trump-variant", "ترمب"), ("variant-with-clitic-esper", "إسبر"), ("pentagon-variant-reuters", "البنتاجون"),
        ("variant-america-spelling", "أميركا"), ("kadhimi-variant", "الكاظمي"), ("afp-variant-clitic", "فرانس برس"),
    ])
    func matchesEverySpellingOfANameAsAVariant(_ id: String, _ arabic: String) throws {
        let match = try #require(try check(id).first { $0.arabic == arabic })
        #expect(match.kind == .variant)
    }

    @Test func readsAWordThatBeginsWithAProcliticLetterWhole() throws {
        #expect(try check("name-preferred-seely-starts-with-waw").map(\.kind) == [.exact])
        #expect(try check("indefinite-coalition").last?.kind == .exact)
        #expect(try check("security-council-longest-and-ceasefire").last?.kind == .exact)
    }

    @Test(arguments: [
        ("indefinite-iraq", "عراق"), ("indefinite-coalition", "تحالف دولي"), ("indefinite-factions", "فصائل موالية لإيران"),
        ("ceasefire-indefinite-hamza-dropped", "وقف اطلاق نار"), ("central-bank-indefinite", "لبنك مركزي"),
        ("longest-variant-united-states", "نفط"),
    ])
    func matchesIndefiniteForms(_ id: String, _ surface: String) throws {
        let match = try #require(try check(id).first { $0.surface == surface })
        #expect(match.kind == .clitic)
    }

    @Test func rejectsTheArticleOnOnlySomeWordsOfATerm() throws {
        #expect(try check("article-inconsistency").isEmpty)
    }

    @Test(arguments: [
        ("enclitic-ha-and-hum", ["حكومتها", "انسحابهم"]), ("enclitic-kum-and-na", ["حكومتكم", "حكومتنا"]),
        ("enclitic-dual-huma", ["انسحابهما"]), ("sanctions-article-and-pronoun", ["العقوبات", "واشنطن", "عقوباتها"]),
    ])
    func stripsEncliticPronounsFromTheLastWord(_ id: String, _ surfaces: [String]) throws {
        let found = try check(id)
        #expect(found.map(\.surface) == surfaces)
        #expect(found.filter { $0.english != "Washington" }.allSatisfy { $0.kind == .clitic })
    }

    @Test(arguments: [
        ("fuzzy-deletion", "United States", "الولايت المتحدة"), ("fuzzy-swap", "international coalition", "التحافل الدولي"),
        ("fuzzy-substitution-nested", "Iran-aligned factions", "الفصايل الموالية لإيران"),
        ("fuzzy-insertion", "Agence France-Presse", "وكالة الأنباء الفرنسسية"),
    ])
    func matchesOneTypoInALongWordOfAMultiWordTerm(_ id: String, _ english: String, _ surface: String) throws {
        let found = try check(id)
        #expect(found.map(\.english) == [english])
        #expect(found.first?.surface == surface && found.first?.kind == .fuzzy)
        #expect(found.allSatisfy { $0.score < 1 })
    }

    @Test func doesNotMatchATypoInAFourLetterWord() throws {
        #expect(try check("no-fuzzy-four-letter-word").isEmpty)
    }

    @Test func doesNotMatchATypoInAOneWordTerm() throws {
        #expect(try check("no-fuzzy-one-word-term").isEmpty)
    }

    @Test func prefersAListedVariantToAFuzzyReading() throws {
        #expect(try check("name-variant-seely").map(\.kind) == [.variant])
    }

    @Test func findsNothingWhereThereIsNoTerm() throws {
        #expect(try check("no-terms-market").isEmpty)
        #expect(try check("no-terms-weather").isEmpty)
    }

    // MARK: - Helpers

    /// Runs the matcher on one gold sentence, expects exactly its gold terms, and returns the
    /// matches for the trap's own checks.
    private func check(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [TermMatch] {
        let sentence = try #require(sentences.first { $0.id == id }, "no gold sentence \(id)", sourceLocation: sourceLocation)
        let found = matcher.matches(in: sentence.text)
        #expect(found.map { summary($0) } == sentence.terms.map(\.summary), "\(id): \(sentence.note)", sourceLocation: sourceLocation)
        return found
    }

    private func summary(_ match: TermMatch) -> String {
        "\(match.english) «\(match.surface)» \(match.range.lowerBound)..<\(match.range.upperBound) \(match.kind.rawValue)"
    }

    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/gold"))
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// One sentence of `sentences.jsonl`.
struct GoldSentence: Decodable, Sendable {
    let id: String
    let text: String
    let terms: [GoldTerm]
    let note: String

    func term(english: String, range: Range<Int>) -> GoldTerm? {
        terms.first { $0.english == english && $0.range == range }
    }
}

/// One expected match; `start` and `end` are Unicode scalar offsets into the sentence.
struct GoldTerm: Decodable, Sendable {
    let english: String
    let arabic: String
    let surface: String
    let start: Int
    let end: Int
    let match: String

    var range: Range<Int> { start..<end }
    var summary: String { "\(english) «\(surface)» \(start)..<\(end) \(match)" }
}

/// What makes a predicted match correct: the concept and the span.
private struct SpanKey: Hashable {
    let english: String
    let range: Range<Int>
}

/// `text[range]` with Unicode scalar offsets, as Python's `str` slicing; nil when out of bounds.
private func scalarSlice(_ text: String, _ range: Range<Int>) -> String? {
    let scalars = Array(text.unicodeScalars)
    guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
}
