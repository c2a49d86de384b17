import ArgumentParser
import Workbench
import Summarization

/// `--sentences N | --words N`, shared by summarize and brief.
struct BudgetOptions: ParsableArguments {
    @Option(help: ArgumentHelp("At most this many sentences.", valueName: "n")) var sentences: Int?
    @Option(help: ArgumentHelp("At most this many words (whole sentences).", valueName: "n")) var words: Int?

    var length: SummaryLength { SummaryLength(sentences: sentences, words: words) }

    func validate() throws { try length.validate() }

    func budget(default fallback: SummaryBudget) -> SummaryBudget { length.budget(default: fallback) }
}

/// What `--sentences N` or `--words N` asked for (at most one of them).
struct SummaryLength: Equatable {
    var sentences: Int?
    var words: Int?

    func validate() throws {
        if sentences != nil && words != nil { throw ValidationError("give --sentences or --words, not both") }
        if let sentences, sentences < 1 { throw ValidationError("--sentences must be at least 1, got \(sentences)") }
        if let words, words < 1 { throw ValidationError("--words must be at least 1, got \(words)") }
    }

    /// The budget asked for, else `fallback`.
    func budget(default fallback: SummaryBudget) -> SummaryBudget {
        if let sentences { return .sentences(sentences) }
        if let words { return .words(words) }
        return fallback
    }
}

/// One chosen sentence in the JSON contract of summarize and brief (DESIGN.md): `english` and
/// `english_origin` are always present, null when there is no English.
struct BilingualItemRow: Encodable {
    struct Source: Encodable {
        var document: String
        var sentence: Int
    }

    var document: String
    var sentence: Int
    var arabic: String
    var english: String?
    var englishOrigin: String?
    var score: Double
    var story: Int?
    var sources: [Source]

    enum CodingKeys: String, CodingKey {
        case document, sentence, arabic, english, score, story, sources
        case englishOrigin = "english_origin"
    }

    init(_ item: BilingualItem, story: Int?) {
        document = item.document
        sentence = item.sentence
        arabic = item.arabic
        english = item.english
        englishOrigin = item.englishOrigin?.rawValue
        score = (item.score * 1_000_000).rounded() / 1_000_000
        self.story = story
        sources = item.sources.map { Source(document: $0.article, sentence: $0.sentence) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(arabic, forKey: .arabic)
        try container.encode(english, forKey: .english)
        try container.encode(englishOrigin, forKey: .englishOrigin)
        try container.encode(score, forKey: .score)
        try container.encodeIfPresent(story, forKey: .story)
        try container.encode(sources, forKey: .sources)
    }
}
