import Testing
@testable import Evaluation

@Suite struct EnglishRougeTokenizerTests {
    /// Expected tokens checked against rouge-score 0.1.2's `DefaultTokenizer`.
    @Test(arguments: [
        ("The U.N. envoy's talks resumed.", false, ["the", "u", "n", "envoy", "s", "talks", "resumed"]),
        ("The U.N. envoy's talks resumed.", true, ["the", "u", "n", "envoy", "s", "talk", "resum"]),
        ("12,000 people; 4.2%", false, ["12", "000", "people", "4", "2"]),
        ("MIXED Case", false, ["mixed", "case"]),
        ("... !!! ???", false, []),
        ("", false, []),
        ("covid19 H1N1", true, ["covid19", "h1n1"]),
        // Only tokens longer than three letters are stemmed: 'ties' (4) becomes 'tie', 'was' stays.
        ("was ties buses bus", true, ["was", "tie", "buse", "bus"]),
        ("قال المتحدث said", false, ["said"]),
        // Python's lower() maps İ to 'i' + U+0307 and the Kelvin sign to 'k'; é separates tokens.
        ("İstanbul \u{212A} café", false, ["i", "stanbul", "k", "caf"]),
        ("line\r\nbreak\ttab", false, ["line", "break", "tab"]),
    ])
    func splitsAsRougeScoreDoes(text: String, stemming: Bool, expected: [String]) {
        #expect(EnglishRougeTokenizer(stemming: stemming).tokens(text) == expected)
    }
}
