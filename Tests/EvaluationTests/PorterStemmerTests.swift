import Testing
@testable import Evaluation

@Suite struct PorterStemmerTests {
    /// Pasted from NLTK 3.x (3.10.4, the version make_vectors.py pins):
    /// `nltk.stem.porter.PorterStemmer().stem(word)` for each word, default NLTK_EXTENSIONS mode.
    /// The words walk the paper's rules step by step, plus NLTK's irregular forms and its
    /// changes ('ties' → 'tie', 'spied' → 'spi', 'happy' → 'happi' but 'enjoy' stays).
    static let nltk: [(String, String)] = [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"), ("cats", "cat"),
        ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("bled", "bled"),
        ("motoring", "motor"), ("sing", "sing"), ("conflated", "conflat"), ("troubled", "troubl"),
        ("sized", "size"), ("hopping", "hop"), ("tanned", "tan"), ("falling", "fall"),
        ("hissing", "hiss"), ("fizzed", "fizz"), ("failing", "fail"), ("filing", "file"),
        ("happy", "happi"), ("sky", "sky"), ("relational", "relat"), ("conditional", "condit"),
        ("rational", "ration"), ("valenci", "valenc"), ("digitizer", "digit"), ("radically", "radic"),
        ("differently", "differ"), ("analogously", "analog"), ("vietnamization", "vietnam"),
        ("predication", "predic"), ("operator", "oper"), ("feudalism", "feudal"), ("decisiveness", "decis"),
        ("hopefulness", "hope"), ("callousness", "callous"), ("formality", "formal"),
        ("sensitivity", "sensit"), ("sensibility", "sensibl"), ("triplicate", "triplic"),
        ("formative", "form"), ("formalize", "formal"), ("electrical", "electr"), ("hopeful", "hope"),
        ("goodness", "good"), ("revival", "reviv"), ("allowance", "allow"), ("inference", "infer"),
        ("airliner", "airlin"), ("gyroscopic", "gyroscop"), ("adjustable", "adjust"),
        ("defensible", "defens"), ("irritant", "irrit"), ("replacement", "replac"),
        ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"), ("communism", "commun"),
        ("activate", "activ"), ("effective", "effect"), ("bowdlerize", "bowdler"), ("probate", "probat"),
        ("rate", "rate"), ("cease", "ceas"), ("controlling", "control"), ("roll", "roll"),
        ("generously", "gener"), ("skies", "sky"), ("dying", "die"), ("news", "news"),
        ("innings", "inning"), ("proceeding", "proceed"), ("spied", "spi"), ("died", "die"),
        ("enjoy", "enjoy"), ("geology", "geolog"), ("syzygy", "syzygi"), ("yyyy", "yyyi"),
        ("ministers", "minist"), ("negotiations", "negoti"),
    ]

    @Test(arguments: nltk)
    func stemsAsNLTKDoes(word: String, stem: String) {
        #expect(PorterStemmer().stem(word) == stem)
    }

    /// Every token of the parity vectors, stemmed by NLTK when the vectors were made.
    @Test func stemsEveryParityTokenAsNLTKDoes() {
        let text = String(decoding: Fixtures.data("porter_nltk.tsv"), as: UTF8.self)
        let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count > 500)
        let stemmer = PorterStemmer()
        for row in rows where row.count == 2 {
            #expect(stemmer.stem(String(row[0])) == String(row[1]), "\(row[0])")
            let ascii = Array(row[0].utf8)
            if ascii.count > 2 {
                #expect(String(decoding: stemmer.stem(ascii: ascii), as: UTF8.self) == String(row[1]), "\(row[0])")
            }
        }
    }

    @Test func lowercasesAndLeavesShortWordsAlone() {
        let stemmer = PorterStemmer()
        #expect(stemmer.stem("Running") == "run")
        #expect(stemmer.stem("IS") == "is")
        #expect(stemmer.stem("as") == "as")
        #expect(stemmer.stem("") == "")
    }
}
