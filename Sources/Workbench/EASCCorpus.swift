import Evaluation
import Foundation

/// An EASC folder read from disk: every topic's article and reference summaries, from the
/// corpus's own layout, `Articles/TopicN/<title>.txt` and `MTurk/TopicN/D0NNN.M.250.A.S.W`.
///
/// ```swift
/// let corpus = try EASCCorpus(folder: "../shared/eval/easc-dev")
/// corpus.topics[0].name                        // "Topic3"
/// corpus.topics[0].article.sentences.count     // the article's body sentences
/// corpus.topics[0].references.count            // 5
/// ```
///
/// Byte-order marks, hard-wrapped lines and flattened alef forms are handled by `EASCArticle`,
/// `EASCSummary` and the Arabic tokenizer; this type only finds and reads the files. Hidden
/// entries and folders not named `TopicN` are ignored.
public struct EASCCorpus: Sendable {
    /// One topic: its article and the reference summaries written for it.
    public struct Topic: Sendable {
        /// The topic's number (`Topic12` → 12).
        public let number: Int
        /// The article file's path.
        public let articlePath: String
        /// The article, parsed.
        public let article: EASCArticle
        /// The summary files' names, in order (`D0202.M.250.A.1.A` first).
        public let summaryNames: [EASCSummaryName]
        /// The reference summaries, parsed, in the order of `summaryNames`.
        public let references: [EASCSummary]

        /// The topic's folder name, the document's name in reports: `Topic12`.
        public var name: String { "Topic\(number)" }
    }

    /// The folder as given.
    public let folder: String
    /// The topics, by number.
    public let topics: [Topic]

    /// Reads every topic of the EASC folder `folder`.
    ///
    /// - Throws: `InputError` naming the path: no `Articles` or `MTurk` folder, no topic, a
    ///   topic without exactly one article, a topic with no reference summaries (or no summary
    ///   folder), summaries with no article, or a file that is not UTF-8 text.
    /// - Complexity: linear in the size of the files, plus sentence segmentation.
    public init(folder: String) throws(InputError) {
        let articlesFolder = try Self.subfolder("Articles", of: folder)
        let summariesFolder = try Self.subfolder("MTurk", of: folder)
        let articleTopics = try Self.topicFolders(in: articlesFolder)
        let summaryTopics = try Self.topicFolders(in: summariesFolder)
        guard !articleTopics.isEmpty else {
            throw InputError(file: articlesFolder, "no topic folders (Topic1, Topic2, …), expected the EASC layout")
        }
        if let orphan = summaryTopics.keys.sorted().first(where: { articleTopics[$0] == nil }),
            let path = summaryTopics[orphan]
        {
            throw InputError(file: path, "summaries with no article: \(EvaluationFolder.path("Topic\(orphan)", in: articlesFolder)) is missing")
        }
        var topics: [Topic] = []
        for number in articleTopics.keys.sorted() {
            guard let articleFolder = articleTopics[number] else { continue }
            let articlePath = try Self.articleFile(in: articleFolder)
            guard let summaryFolder = summaryTopics[number] else {
                throw InputError(
                    file: EvaluationFolder.path("Topic\(number)", in: summariesFolder),
                    "no such folder: topic \(number) has no reference summaries")
            }
            let names = try Self.entries(of: summaryFolder).compactMap { name in
                EvaluationFolder.isRegularFile(EvaluationFolder.path(name, in: summaryFolder))
                    ? EASCSummaryName(fileName: name) : nil
            }.sorted()
            guard !names.isEmpty else {
                throw InputError(
                    file: summaryFolder, "no reference summaries (files named like D0202.M.250.A.1.A)")
            }
            var references: [EASCSummary] = []
            for name in names {
                references.append(EASCSummary(text: try TextReader.read(EvaluationFolder.path(name.fileName, in: summaryFolder))))
            }
            topics.append(Topic(
                number: number, articlePath: articlePath, article: EASCArticle(text: try TextReader.read(articlePath)),
                summaryNames: names, references: references))
        }
        self.folder = folder
        self.topics = topics
    }

    /// `folder/name`, which must be a folder.
    private static func subfolder(_ name: String, of folder: String) throws(InputError) -> String {
        guard FilePath.kind(of: folder) == .folder else {
            throw InputError(file: folder, "no such folder, expected an EASC folder (Articles/ and MTurk/)")
        }
        let path = EvaluationFolder.path(name, in: folder)
        guard FilePath.kind(of: path) == .folder else {
            throw InputError(file: folder, "no \(name) folder, expected the EASC layout (Articles/TopicN/*.txt, MTurk/TopicN/*)")
        }
        return path
    }

    /// The `TopicN` folders of `folder`, by number.
    private static func topicFolders(in folder: String) throws(InputError) -> [Int: String] {
        var topics: [Int: String] = [:]
        for name in try entries(of: folder) {
            let path = EvaluationFolder.path(name, in: folder)
            guard let number = EASC.topicNumber(ofFolder: name), FilePath.kind(of: path) == .folder else { continue }
            topics[number] = path
        }
        return topics
    }

    /// The one article file of a topic folder.
    private static func articleFile(in folder: String) throws(InputError) -> String {
        let articles = try entries(of: folder).filter {
            EASC.isArticleFileName($0) && EvaluationFolder.isRegularFile(EvaluationFolder.path($0, in: folder))
        }
        guard let article = articles.first else { throw InputError(file: folder, "no article (.txt file) in the topic folder") }
        guard articles.count == 1 else {
            throw InputError(file: folder, "\(articles.count) articles in one topic, expected one: \(articles.joined(separator: ", "))")
        }
        return EvaluationFolder.path(article, in: folder)
    }

    /// The visible entries of a folder, sorted.
    private static func entries(of folder: String) throws(InputError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw InputError(file: folder, "cannot be read (permissions?)")
        }
    }
}
