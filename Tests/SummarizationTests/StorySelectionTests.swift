import Testing
@testable import Summarization

@Suite struct StorySelectionTests {
    let selection = StorySelection(lambda: 0.7, redundancySimilarity: 0.4, redundancyContainment: 0.5, minimumContainmentTerms: 4)

    /// A wire sentence and a longer rewrite that adds detail. Stems of the short one (6):
    /// اخلت فرق انقاذ اربع عائل عقب. The rewrite has 18 distinct stems, four of them shared
    /// (فرق انقاذ عائل عقب). With idf 1 for all: cosine 4 / √(6·18) = 0.3849, below 0.4;
    /// containment 4 / 6 = 0.6667, above 0.5. Only containment sees the repetition.
    @Test func countsARewriteThatAddsDetailAsRepetition() {
        var table = TermTable()
        let short = table.analyse("أخلت فرق الإنقاذ أربعين عائلة بالعقبة.")
        let long = table.analyse(
            "نقلت فرق الإنقاذ التابعة للدفاع المدني العائلات المتضررة في العقبة صباح أمس إلى مدارس حكومية وسط المدينة بعد ارتفاع منسوب المياه في الشوارع.")
        let idf = [Double](repeating: 1, count: table.count)
        let a = SparseVector(terms: short.terms, idf: idf)
        let b = SparseVector(terms: long.terms, idf: idf)
        #expect(a.ids.count == 6 && b.ids.count == 18)
        let cosine = a.cosine(b)
        #expect(abs(cosine - 0.3849) < 1e-4)
        #expect(abs(a.containment(b, idf: idf) - 4.0 / 6) < 1e-12)
        #expect(selection.isRepetition(a, b, cosine: cosine, idf: idf))
        var cosineOnly = selection
        cosineOnly.redundancyContainment = 1.1
        #expect(!cosineOnly.isRepetition(a, b, cosine: cosine, idf: idf))
    }

    @Test func comparesVeryShortSentencesByCosineOnly() {
        var table = TermTable()
        let short = table.analyse("انتهت الجلسة.")
        let long = table.analyse(
            "انتهت الجلسة الطارئة لمجلس الأمن الدولي في نيويورك دون اتفاق على مشروع القرار الفرنسي بشأن وقف إطلاق النار في السودان.")
        let idf = [Double](repeating: 1, count: table.count)
        let a = SparseVector(terms: short.terms, idf: idf)
        let b = SparseVector(terms: long.terms, idf: idf)
        // Two stems, both in the 16 of the long one: contained, but two terms say too little
        // to call it the same fact, and the cosine is √(2/16) = 0.354.
        #expect(b.ids.count == 16)
        #expect(abs(a.cosine(b) - (2.0 / 16).squareRoot()) < 1e-9)
        #expect(a.containment(b, idf: idf) == 1)
        #expect(!selection.isRepetition(a, b, cosine: a.cosine(b), idf: idf))
    }
}
