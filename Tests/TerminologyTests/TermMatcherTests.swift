import Testing
@testable import Terminology

@Suite struct TermMatcherTests {
    let matcher = TermMatcher(concepts: [
        Concept(english: "Iraq", arabic: "العراق"),
        Concept(english: "Baghdad", arabic: "بغداد"),
        Concept(english: "Iran", arabic: "إيران"),
        Concept(english: "Iran-backed factions", arabic: "الفصائل الموالية لإيران"),
        Concept(english: "international coalition", arabic: "التحالف الدولي"),
        Concept(english: "United States", arabic: "الولايات المتحدة", arabicVariants: ["الولايات المتحدة الأمريكية"]),
        Concept(english: "Reuters", arabic: "رويترز"),
        Concept(english: "withdrawal", arabic: "انسحاب"),
        Concept(english: "government", arabic: "حكومة"),
        Concept(english: "Green Zone", arabic: "المنطقة الخضراء"),
        Concept(english: "AH-64 Apache", arabic: "AH-64"),
        Concept(english: "Mark Milley", arabic: "مارك ميلي", arabicVariants: ["مارك مايلي"]),
    ])

    func found(_ text: String, memo: TermMatchMemo? = nil) -> [String] {
        matcher.matches(in: text, memo: memo).map { "\($0.english)=\($0.surface):\($0.kind.rawValue)" }
    }

    /// The memo remembers a typo look-up that found nothing for a word and the list it looked
    /// in, not for the word alone: the same misspelt word before another word, or inside
    /// another term, is looked up again.
    @Test func aTypoNotFoundBeforeOneWordIsStillFoundBeforeAnother() {
        let memo = TermMatchMemo()
        // المنطفة: المنطقة with ق typed as ف.
        #expect(found("زار الوفد المنطفة الدولي أمس", memo: memo) == [])
        #expect(found("زار الوفد المنطفة الخضراء أمس", memo: memo) == ["Green Zone=المنطفة الخضراء:fuzzy"])
        #expect(found("قوات الولايات المتحدت", memo: memo) == ["United States=الولايات المتحدت:fuzzy"])
        #expect(found("قوات التحالف المتحدت", memo: memo) == [])
        #expect(found("قوات الولايات المتحدت الأمريكية", memo: memo) == ["United States=الولايات المتحدت الأمريكية:fuzzy"])
        #expect(found("زار الوفد المنطفة الخضراء أمس", memo: memo) == ["Green Zone=المنطفة الخضراء:fuzzy"])
    }

    @Test func findsProcliticsOnTheFirstWord() {
        #expect(found("وصل الوفد ببغداد ثم للعراق") == ["Baghdad=ببغداد:clitic", "Iraq=للعراق:clitic"])
        #expect(found("قالت لرويترز") == ["Reuters=لرويترز:clitic"])
        #expect(found("مروحيات وAH-64") == ["AH-64 Apache=وAH-64:clitic"])
    }

    @Test func ignoresDiacriticsAndTanween() {
        #expect(found("أعلن انسحاباً") == ["withdrawal=انسحاباً:clitic"])
        #expect(found("العِراقُ") == ["Iraq=العِراقُ:exact"])
    }

    @Test func neverMatchesInsideALongerWord() {
        #expect(found("قال المسؤول الإيراني والعراقيين") == [])
        #expect(found("رجل إيراني") == [])
    }

    @Test func longestTermWins() {
        #expect(found("هاجمت الفصائل الموالية لإيران القاعدة") == ["Iran-backed factions=الفصائل الموالية لإيران:exact"])
        #expect(found("مسؤولو الولايات المتحدة الأمريكية") == ["United States=الولايات المتحدة الأمريكية:variant"])
    }

    @Test func indefiniteFormsMatchButMixedArticlesDoNot() {
        #expect(found("تشكيل تحالف دولي جديد") == ["international coalition=تحالف دولي:clitic"])
        #expect(found("التحالف دولي") == [])
    }

    @Test func pronounOnlyOnTheLastWord() {
        #expect(found("قالت حكومتها") == ["government=حكومتها:clitic"])
    }

    @Test func hyphenIsASpace() {
        #expect(found("داخل المنطقة-الخضراء") == ["Green Zone=المنطقة-الخضراء:exact"])
    }

    @Test func forgivesOneTypoInALongWordOfAMultiWordTerm() {
        #expect(found("قوات الولايت المتحدة") == ["United States=الولايت المتحدة:fuzzy"])
        #expect(found("بغدات") == [])
    }

    @Test func spellingVariantsOfANameAreVariants() {
        #expect(found("الجنرال مارك مايلي") == ["Mark Milley=مارك مايلي:variant"])
    }

    @Test func offsetsAreScalarsIntoTheText() {
        let text = "وصلَ ببغدادَ"
        let match = matcher.matches(in: text)[0]
        let scalars = Array(text.unicodeScalars)
        #expect(match.range == 5..<12)
        #expect(String(String.UnicodeScalarView(scalars[match.range])) == match.surface)
    }

    @Test func editDistanceAllowsOneEditOfEachKind() {
        let base = Array("abcde")
        #expect(EditDistance.isWithinOneEdit(base, Array("abXde")))
        #expect(EditDistance.isWithinOneEdit(base, Array("abde")))
        #expect(EditDistance.isWithinOneEdit(base, Array("abcXde")))
        #expect(EditDistance.isWithinOneEdit(base, Array("acbde")))
        #expect(!EditDistance.isWithinOneEdit(base, Array("aXcYe")))
        #expect(!EditDistance.isWithinOneEdit(base, Array("abc")))
    }
}

@Suite struct TaaMarbutaTests {
    let matcher = TermMatcher(concepts: [Concept(english: "security", arabic: "الأمن"), Concept(english: "government", arabic: "حكومة")])

    @Test func aWordEndingInTaaMarbutaIsNoPronoun() {
        // آمنة is a name; أمنه ("its security") is أمن + the pronoun ه.
        #expect(matcher.matches(in: "قالت آمنة إن الأطفال جياع").isEmpty)
        #expect(matcher.matches(in: "حفظ أمنه").map(\.surface) == ["أمنه"])
        #expect(matcher.matches(in: "حكومةٌ جديدة").map(\.surface) == ["حكومةٌ"])
    }
}
