import Foundation
import Testing
@testable import Summarization

@Suite struct DocumentFrequenciesTests {
    @Test func computesSmoothedIdf() {
        let frequencies = DocumentFrequencies(counts: ["عراق": 3], documentCount: 4)
        #expect(abs(frequencies.idf("عراق") - (1 + log(5.0 / 4))) < 1e-12)
        #expect(abs(frequencies.idf("مجهول") - (1 + log(5.0))) < 1e-12)
    }

    @Test func countsEachArticleOnceWhateverItsRepeats() {
        let first = SourceArticle(id: "a", title: "العراق", sentences: [
            ArticleSentence(index: 0, text: "وصل الوفد إلى العراق."),
            ArticleSentence(index: 1, text: "وغادر العراق مساء."),
        ])
        let second = SourceArticle(id: "b", sentences: [ArticleSentence(index: 0, text: "للعراق حدود طويلة.")])
        let frequencies = DocumentFrequencies(articles: [first, second])
        #expect(frequencies.documentCount == 2)
        #expect(frequencies.counts["عراق"] == 2)
        #expect(frequencies.counts["وفد"] == 1)
        #expect(frequencies.counts["في"] == nil)
    }
}
