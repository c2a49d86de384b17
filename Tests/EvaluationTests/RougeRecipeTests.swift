import Foundation
import Testing
import Evaluation

@Suite struct RougeRecipeTests {
    @Test func describesTheArabicRecipeInOneLine() throws {
        let recipe = try RougeRecipe(language: .arabic, stemming: true)
        #expect(recipe.description == "ar: matching-key normalisation (diacritics, tatweel, alef/yeh/teh marbuta folded, "
            + "digits to ASCII), word tokens, light stemming, stop words kept; references combined by max")
        let other = try RougeRecipe(language: .arabic, stemming: false, removingStopWords: true, combination: .mean)
        #expect(other.description.hasSuffix("word tokens, no stemming, stop words removed; references combined by mean"))
    }

    @Test func describesTheEnglishRecipe() throws {
        let recipe = try RougeRecipe(language: .english, stemming: true)
        #expect(recipe.description
            == "en: rouge-score default (lowercase, runs of a-z0-9), Porter stemming, stop words kept; references combined by max")
        #expect(recipe.tokenizer.tokens("Talks resumed") == ["talk", "resum"])
    }

    @Test func refusesStopWordRemovalForEnglish() {
        #expect(throws: RougeError.noStopWordList(language: "en")) {
            try RougeRecipe(language: .english, stemming: false, removingStopWords: true)
        }
    }

    @Test func buildsTheTokenizerItDescribes() throws {
        let recipe = try RougeRecipe(language: .arabic, stemming: true, removingStopWords: true)
        #expect(recipe.tokenizer.tokens("قال إن والحكومات") == ["حكوم"])
    }

    @Test func encodesForJSONReportsAndDecodesBack() throws {
        let recipe = try RougeRecipe(language: .arabic, stemming: false, removingStopWords: true, combination: .mean)
        let data = try JSONEncoder().encode(recipe)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["language"] as? String == "ar")
        #expect(object["stemming"] as? Bool == false)
        #expect(object["stopWords"] as? String == "removed")
        #expect(object["references"] as? String == "mean")
        #expect((object["tokenizer"] as? String)?.hasPrefix("matching-key normalisation") == true)
        #expect(object["description"] as? String == recipe.description)
        #expect(try JSONDecoder().decode(RougeRecipe.self, from: data) == recipe)
    }

    @Test func rejectsAnUnknownCombinationWhenDecoding() {
        let json = #"{"language": "ar", "stemming": false, "references": "median"}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RougeRecipe.self, from: Data(json.utf8))
        }
    }

    @Test(arguments: [
        (["قالت وكالة Reuters إن الاجتماع انتهى"], RougeRecipe.Language.arabic),
        (["The talks in بغداد resumed on Monday"], .english),
        (["عاد الوفد", "The delegation returned"], .english),   // 8 Arabic letters of 29
        (["عاد الوفد اليوم", "Back today"], .arabic),             // 13 Arabic letters of 22
        (["٢٠٢٤ ، 2024 !"], .english),                           // no letters
        ([], .english),
    ])
    func detectsArabicWhenMostLettersAreArabic(texts: [String], language: RougeRecipe.Language) {
        #expect(RougeRecipe.detectLanguage(of: texts) == language)
    }
}
