import Foundation

/// How many documents of a corpus hold each stem, for the idf of the summarizer's TF-IDF
/// vectors.
///
/// ```swift
/// let frequencies = DocumentFrequencies(counts: ["عراق": 3, "سليمان": 1], documentCount: 4)
/// frequencies.idf("عراق")     // 1 + ln(5/4) ≈ 1.223
/// frequencies.idf("سليمان")   // 1 + ln(5/2) ≈ 1.916
/// frequencies.idf("مجهول")    // 1 + ln(5/1) ≈ 2.609 (never seen: rarest)
/// ```
///
/// Terms are those the summarizer compares: the `LightStemmer` stem of each Arabic word's
/// matching key (stop words left out), Latin words and codes as matching keys (`reuters`,
/// `uh-60`), numbers as their ASCII digits (`2020`).
public struct DocumentFrequencies: Sendable {
    /// Number of documents holding each term.
    public let counts: [String: Int]
    /// Number of documents counted.
    public let documentCount: Int

    /// Counts the terms of `articles`, each article (title and every sentence) once.
    ///
    /// - Complexity: O(n) in the length of the articles' text.
    public init(articles: some Sequence<SourceArticle>) {
        var table = TermTable()
        var perTerm: [Int] = []
        var seen: [Int] = []
        var documents = 0
        for (number, article) in articles.enumerated() {
            documents += 1
            let texts = [article.title] + article.sentences.map(\.text)
            for text in texts {
                for id in table.analyse(text).terms {
                    let index = Int(id)
                    while perTerm.count <= index {
                        perTerm.append(0)
                        seen.append(-1)
                    }
                    if seen[index] != number {
                        seen[index] = number
                        perTerm[index] += 1
                    }
                }
            }
        }
        var counts: [String: Int] = [:]
        counts.reserveCapacity(perTerm.count)
        let terms = table.termTexts()
        for (index, count) in perTerm.enumerated() where count > 0 {
            counts[terms[index]] = count
        }
        self.init(counts: counts, documentCount: documents)
    }

    /// Frequencies counted elsewhere (say, in the store over a year of articles).
    public init(counts: [String: Int], documentCount: Int) {
        self.counts = counts
        self.documentCount = max(0, documentCount)
    }

    /// The smoothed inverse document frequency of `stem`: `1 + ln((N + 1) / (df + 1))`, as
    /// scikit-learn's `smooth_idf` computes it. Never below 1, so a term found everywhere still
    /// counts a little; an unseen term gets the highest value.
    public func idf(_ stem: String) -> Double {
        Self.idf(documentFrequency: counts[stem] ?? 0, documentCount: documentCount)
    }

    static func idf(documentFrequency: Int, documentCount: Int) -> Double {
        1 + log(Double(documentCount + 1) / Double(min(documentFrequency, documentCount) + 1))
    }

    /// The idf of every term of `table`, by id.
    func idfTable(for table: TermTable) -> [Double] {
        table.termTexts().map { idf($0) }
    }
}
