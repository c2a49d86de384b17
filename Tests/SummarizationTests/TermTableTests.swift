import Testing
@testable import Summarization

@Suite struct TermTableTests {
    func terms(_ text: String) -> [String] {
        var table = TermTable()
        let ids = table.analyse(text).terms
        let texts = table.termTexts()
        return ids.map { texts[Int($0)] }
    }

    @Test func stemsCliticsAwaySoOneWordIsOneTerm() {
        var table = TermTable()
        let first = table.analyse("والحكومة").terms
        let second = table.analyse("للحكومة").terms
        #expect(first.count == 1 && first == second)
    }

    @Test func leavesStopWordsOut() {
        // في, من, على, هذا and وهذا (a stop word behind a conjunction) carry no content.
        #expect(terms("في من على هذا وهذا بغداد") == ["بغداد"])
    }

    @Test func keepsNamesCodesAndNumbersAsTheirOwnTerms() {
        var table = TermTable()
        let result = table.analyse("أكدت Reuters أن طائرات وAH-64 وUH-60 حلقت فوق الـ10 مواقع عام 2020 و2020.")
        let all = table.termTexts()
        let texts = result.terms.map { all[Int($0)] }
        #expect(texts.contains("reuters") && texts.contains("ah-64") && texts.contains("uh-60"))
        #expect(texts.contains("10") && texts.contains("2020"))
        #expect(result.names == 3)
        #expect(result.numbers == 2)
    }
}
