import Terminology
import ArabicText

/// The tally of one ingest run.
public struct IngestReport: Sendable, Equatable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    /// Sentences written (of added and updated documents).
    public var sentences = 0
    /// The files (or JSON Lines lines) that were not stored, and why.
    public var rejected: [InputError] = []

    public init() {}

    /// Documents seen so far, stored or not.
    public var processed: Int { added + updated + unchanged + rejected.count }
}

extension Store {
    /// Reads every article under `paths` and stores it: new ones added, changed ones replaced,
    /// unchanged ones left alone. A bad file is recorded in the report and the rest goes on;
    /// each document is written in its own transaction.
    ///
    /// - Parameter progress: called after each article with the tally so far.
    /// - Throws: `StoreError` only when the database itself fails.
    public func ingest(
        _ paths: [String], reader: CorpusReader = CorpusReader(),
        progress: (IngestReport) -> Void = { _ in }
    ) throws(StoreError) -> IngestReport {
        var report = IngestReport()
        let analyzer = DocumentAnalyzer()
        // Articles with an English version are paired with it, the glossary as anchors.
        let pairing = ParallelDocuments(matcher: TermMatcher(concepts: try concepts().map(\.concept)))
        var storeFailure: StoreError? = nil
        reader.forEachArticle(in: paths) { result in
            guard storeFailure == nil else { return }
            switch result {
            case .failure(let error):
                report.rejected.append(error)
            case .success(let article):
                do throws(StoreError) {
                    let hash = article.contentHash
                    if try contentHash(ofSlug: article.slug) == hash {
                        report.unchanged += 1
                    } else {
                        let sentences = analyzer.analyse(article.text)
                        let units = article.translation.map { english in
                            pairing.units(arabic: sentences.map(\.sentence),
                                          english: ParallelDocuments.englishSentences(of: english))
                        } ?? []
                        switch try store(article, hash: hash, sentences: sentences, units: units) {
                        case .added: report.added += 1
                        case .updated: report.updated += 1
                        case .unchanged: report.unchanged += 1
                        }
                        report.sentences += sentences.count
                    }
                } catch {
                    storeFailure = error
                }
            }
            progress(report)
        }
        if let storeFailure { throw storeFailure }
        return report
    }
}
