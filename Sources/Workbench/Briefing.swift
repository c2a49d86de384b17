import GRDB
import ArabicText
import Summarization
import Terminology

/// Where the English beside an Arabic sentence comes from.
public enum EnglishOrigin: String, Sendable, Codable {
    /// The aligned sentence of the article's own English version.
    case parallel
    /// A translation-memory match above the threshold.
    case memory
    /// No translation: the English of the glossary concepts the sentence contains.
    case gloss
}

/// An Arabic sentence chosen for a summary or brief, with its English.
public struct BilingualItem: Sendable, Equatable {
    public var document: String
    public var sentence: Int
    public var arabic: String
    public var english: String?
    public var englishOrigin: EnglishOrigin?
    public var score: Double
    /// Every document sentence that carries the same fact, this one first.
    public var sources: [SentenceReference]
}

/// A document named in a brief.
public struct BriefDocument: Sendable, Equatable {
    public var slug: String
    public var source: String?
    public var title: String?
    public var date: String?
}

/// One story of a brief: what several sources reported, each fact once.
public struct BilingualStory: Sendable, Equatable {
    public var id: Int
    public var weight: Double
    public var documents: [BriefDocument]
    public var items: [BilingualItem]
}

extension BilingualStory {
    /// What a reader sees as the story's heading: the first article's title, else the opening
    /// of the story's first item (raw files have no title), else the first article's slug.
    public var headline: String {
        if let title = documents.lazy.compactMap(\.title).first(where: { !$0.isEmpty }) { return title }
        if let first = items.first?.arabic.replacingLineFeeds(with: " ") {
            let words = first.split(separator: " ")
            return words.count > 12 ? words.prefix(12).joined(separator: " ") + " …" : first
        }
        return documents.first?.slug ?? ""
    }
}

/// The bilingual daily brief.
public struct BilingualBrief: Sendable, Equatable {
    public var date: String
    public var documentCount: Int
    public var stories: [BilingualStory]
}

/// Ties the summarizer to the workbench: builds its input from stored or read articles (with
/// the glossary concepts of each sentence) and pairs each chosen sentence with English.
public struct Briefing: Sendable {
    public var matcher: TermMatcher
    public var summarizer: Summarizer
    /// The reference translation of a document's sentence (its parallel pairing, else the
    /// memory), when there is one: `(document, sentence index, Arabic text)`.
    public var reference: @Sendable (String, Int, String) -> ReferenceTranslation?

    public init(matcher: TermMatcher, summarizer: Summarizer = Summarizer(),
                reference: @escaping @Sendable (String, Int, String) -> ReferenceTranslation? = { _, _, _ in nil })
    {
        self.matcher = matcher
        self.summarizer = summarizer
        self.reference = reference
    }

    /// The summarizer's view of a stored article: its sentences with their glossary concepts.
    /// A memo shared across the articles of a day spares re-reading their common words.
    public func sourceArticle(_ article: StoredArticle, memo: TermMatchMemo? = nil) -> SourceArticle {
        SourceArticle(
            id: article.slug, source: article.source ?? "", date: article.date ?? "", title: article.title ?? "",
            sentences: article.sentences.map { sentence in
                ArticleSentence(index: sentence.index, text: sentence.text, kind: sentence.kind,
                                concepts: Array(Set(matcher.matches(in: sentence.text, memo: memo).map(\.conceptIndex))).sorted())
            })
    }

    /// The summarizer's view of a text read from a file.
    public func sourceArticle(id: String, text: String, title: String = "", source: String = "") -> SourceArticle {
        let sentences = SentenceSegmenter().sentences(in: text).map { sentence in
            StoredSentence(slug: id, index: sentence.index, kind: sentence.kind, text: sentence.text,
                           start: sentence.range.lowerBound, end: sentence.range.upperBound)
        }
        return sourceArticle(StoredArticle(slug: id, date: nil, source: source, title: title, translation: nil,
                                           sentences: sentences))
    }

    /// The summary of one article, each sentence with its English.
    public func summary(of article: SourceArticle, budget: SummaryBudget) -> [BilingualItem] {
        summarizer.summary(of: article, budget: budget).map { scored in
            let (english, origin) = english(for: scored.text, document: article.id, sentence: scored.index)
            return BilingualItem(document: article.id, sentence: scored.index, arabic: scored.text, english: english,
                                 englishOrigin: origin, score: scored.score,
                                 sources: [SentenceReference(article: article.id, sentence: scored.index)])
        }
    }

    /// The summary of an article read from a file, each item with its English.
    public func summary(of article: Article, budget: SummaryBudget) -> [BilingualItem] {
        summary(of: sourceArticle(id: article.slug, text: article.text, title: article.title ?? "", source: article.source ?? ""),
                budget: budget)
    }

    /// The brief of `articles` (one day's documents).
    public func brief(of articles: [SourceArticle], date: String, budget: SummaryBudget,
                      options: BriefOptions = BriefOptions()) -> BilingualBrief
    {
        let brief = BriefBuilder(summarizer: summarizer, options: options).brief(of: articles, budget: budget)
        var byID: [String: SourceArticle] = [:]
        for article in articles { byID[article.id] = article }
        let stories = brief.stories.map { story in
            BilingualStory(
                id: story.id, weight: story.weight,
                documents: story.articles.map { id in
                    let article = byID[id]
                    return BriefDocument(slug: id, source: Self.nonEmpty(article?.source), title: Self.nonEmpty(article?.title),
                                         date: Self.nonEmpty(article?.date))
                },
                items: story.items.map { item in
                    let (english, origin) = english(for: item.text, document: item.article, sentence: item.sentence)
                    return BilingualItem(document: item.article, sentence: item.sentence, arabic: item.text,
                                         english: english, englishOrigin: origin, score: item.score, sources: item.sources)
                })
        }
        return BilingualBrief(date: date, documentCount: articles.count, stories: stories)
    }

    static func nonEmpty(_ text: String?) -> String? {
        text.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The English for a sentence: its reference translation (parallel, else memory), else
    /// the gloss of its glossary concepts, else none.
    func english(for text: String, document: String, sentence: Int) -> (String?, EnglishOrigin?) {
        if let translation = reference(document, sentence, text) {
            return (translation.english, translation.origin == .parallel ? .parallel : .memory)
        }
        let terms = matcher.matches(in: text)
        guard !terms.isEmpty else { return (nil, nil) }
        var seen: Set<Int> = []
        let names = terms.filter { seen.insert($0.conceptIndex).inserted }.map(\.english)
        return (names.joined(separator: "; "), .gloss)
    }
}

extension Briefing {
    /// A stored article as the summarizer reads it, without looking for glossary concepts
    /// (enough for word statistics).
    static func plainArticle(_ article: StoredArticle) -> SourceArticle {
        SourceArticle(
            id: article.slug, source: article.source ?? "", date: article.date ?? "", title: article.title ?? "",
            sentences: article.sentences.map {
                ArticleSentence(index: $0.index, text: $0.text, kind: $0.kind, concepts: [])
            })
    }
}

extension Store {
    /// Word statistics (document frequencies of stems) over every stored document, for IDF:
    /// counted from the documents once after they change, then kept in the workbench (a brief
    /// or summary no longer re-reads every document). When the workbench cannot be written,
    /// the counts are returned all the same.
    public func documentFrequencies() throws(StoreError) -> DocumentFrequencies {
        let stored = try read { db -> DocumentFrequencies? in
            guard let documents = try Int.fetchOne(db, sql: "SELECT documents FROM term_statistics") else { return nil }
            var counts: [String: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT term, documents FROM term_frequency")
            while let row = try rows.next() { counts[row[0]] = row[1] }
            return DocumentFrequencies(counts: counts, documentCount: documents)
        }
        if let stored { return stored }
        // What the documents were when counting began: kept only if they are still so.
        let stampSQL = "SELECT count(*) || '/' || total(id) || '/' || ifnull(max(ingestedAt), '') FROM document"
        let before = try read { db in try String.fetchOne(db, sql: stampSQL) }
        let counted = DocumentFrequencies(articles: try articles(on: nil).map(Briefing.plainArticle))
        try? write { db in
            guard try String.fetchOne(db, sql: stampSQL) == before,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM term_statistics") == 0
            else { return }
            try db.execute(sql: "DELETE FROM term_frequency")
            let insert = try db.makeStatement(sql: "INSERT INTO term_frequency (term, documents) VALUES (?, ?)")
            for (term, documents) in counted.counts { try insert.execute(arguments: [term, documents]) }
            try db.execute(sql: "INSERT INTO term_statistics (documents) VALUES (?)", arguments: [counted.documentCount])
        }
        return counted
    }

    /// The bilingual brief of `date` (default: the latest date in the workbench), or nil when
    /// the workbench holds no dated document.
    public func brief(on date: CalendarDate?, budget: SummaryBudget, matcher: TermMatcher,
                      weights: SummarizerWeights = .tuned) throws(StoreError) -> BilingualBrief?
    {
        let latest = try latestDate()
        guard let day = date ?? latest else { return nil }
        let parallel = try parallelTranslations(on: day)
        let briefing = Briefing(matcher: matcher,
                                summarizer: Summarizer(weights: weights, frequencies: try documentFrequencies()),
                                reference: { [self] document, sentence, text in
                                    // The article's own translation, else the memory's best match.
                                    parallel[document]?[sentence] ?? (try? memoryTranslation(of: text)) ?? nil
                                })
        let memo = TermMatchMemo()
        let articles = try articles(on: day).map { briefing.sourceArticle($0, memo: memo) }
        return briefing.brief(of: articles, date: day.description, budget: budget)
    }
}
