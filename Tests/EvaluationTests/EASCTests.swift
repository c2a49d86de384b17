import Testing
import Evaluation

/// EASC's layout, written small: a hard-wrapped article, a one-paragraph-a-line article, a
/// summary with a byte-order mark and flattened alef forms, and the folder and file names.
@Suite struct EASCTests {
    /// Lines of 50, 47, 9 and 38 scalars, then two indented lines, a blank line and a last
    /// paragraph. The width is 50. The second line's first word (8 scalars) would not fit
    /// after the first (50 + 1 + 8 > 50): it runs on; so does the third (47 + 1 + 9 > 50).
    /// The fourth line's first word would have fitted after the 9-scalar third (9 + 1 + 5),
    /// so a paragraph ended there; indented lines and the line after a blank start one too.
    static let wrapped = [
        "\u{FEFF}افتتحت البلدية أمس حديقة عامة جديدة في وسط المدينة",
        "القديمة، وحضر الافتتاح عدد كبير من سكان الأحياء",
        "المجاورة.",
        "وقالت البلدية إن الحديقة ستفتح كل يوم.",
        " * متى تفتح الحديقة؟",
        " ـ من الثامنة صباحا.",
        "",
        "وتبلغ مساحتها عشرة آلاف متر.",
    ]

    @Test func joinsHardWrappedLinesWithASpaceIntoParagraphs() {
        let article = EASCArticle(text: Self.wrapped.joined(separator: "\n"))
        #expect(article.paragraphs == [
            "افتتحت البلدية أمس حديقة عامة جديدة في وسط المدينة القديمة، وحضر الافتتاح عدد كبير من سكان الأحياء المجاورة.",
            "وقالت البلدية إن الحديقة ستفتح كل يوم.",
            "* متى تفتح الحديقة؟",
            "ـ من الثامنة صباحا.",
            "وتبلغ مساحتها عشرة آلاف متر.",
        ])
        #expect(article.sentences == article.paragraphs)
    }

    @Test func readsCarriageReturnLineFeedsAsLineBreaks() {
        let lf = EASCArticle(text: Self.wrapped.joined(separator: "\n"))
        let crlf = EASCArticle(text: Self.wrapped.joined(separator: "\r\n"))
        #expect(crlf == lf)
    }

    /// The second line is longer than 100 scalars, so the text is not wrapped: each line is a
    /// paragraph. The first line is a heading (four words, no stop) and is left out of the
    /// sentences; the second holds two sentences.
    @Test func readsLongLinesAsParagraphsAndLeavesHeadingsOut() {
        let heading = "حديقة جديدة في المدينة"
        let first = "وقالت البلدية إن الحديقة الجديدة ستفتح أبوابها كل يوم من الثامنة صباحا حتى العاشرة مساء."
        let second = "وأضافت أن الدخول سيكون مجانا للأطفال وكبار السن طوال العام."
        let article = EASCArticle(text: "\u{FEFF}\(heading)\n\n\(first) \(second)\n")
        #expect(article.paragraphs == [heading, "\(first) \(second)"])
        #expect(article.sentences == [first, second])
    }

    @Test func readsAnEmptyFileAsNoSentences() {
        #expect(EASCArticle(text: "\u{FEFF}\n \n").sentences.isEmpty)
        #expect(EASCSummary(text: "").sentences.isEmpty)
    }

    /// A summary keeps its line breaks as sentence boundaries and keeps a segment with no stop.
    @Test func splitsASummaryIntoSentencesAfterTheByteOrderMark() {
        let summary = EASCSummary(
            text: "\u{FEFF}افتتحت البلدية امس حديقة عامة جديدة. وقالت البلدية ان الحديقة ستفتح كل يوم.\nوحضر الافتتاح عدد كبير من السكان\n")
        #expect(summary.sentences == [
            "افتتحت البلدية امس حديقة عامة جديدة.",
            "وقالت البلدية ان الحديقة ستفتح كل يوم.",
            "وحضر الافتتاح عدد كبير من السكان",
        ])
        #expect(summary.text == summary.sentences.joined(separator: "\n"))
    }

    /// The workers' tool wrote امس for أمس; ROUGE through matching keys sees one word.
    @Test func flattenedAlefFormsInAReferenceCostNothing() throws {
        let article = EASCArticle(text: "افتتحت البلدية أمس حديقة عامة جديدة وأعلنت إنشاء أخرى.")
        let reference = EASCSummary(text: "افتتحت البلدية امس حديقة عامة جديدة واعلنت انشاء اخرى.")
        let easc = EASCProtocol(recipe: try RougeRecipe(language: .arabic, stemming: false))
        let result = easc.evaluate(sentences: article.sentences, references: [reference.text], ranker: LeadRanker())
        #expect(result.budget == WordBudget(words: 9))
        for metric in [RougeMetric.rouge1, .rouge2, .rougeL, .rougeLsum] {
            #expect(result.scores[metric] == RougeScore(precision: 1, recall: 1, f: 1))
        }
    }

    @Test(arguments: [("Topic12", 12), ("Topic3", 3), ("topic150", 150)])
    func readsTopicNumbers(folder: String, number: Int) {
        #expect(EASC.topicNumber(ofFolder: folder) == number)
    }

    @Test(arguments: ["Topic", "Topic1a", "Articles", "Topic-3", "12"])
    func rejectsOtherFolders(folder: String) {
        #expect(EASC.topicNumber(ofFolder: folder) == nil)
    }

    @Test func recognisesArticleFilesInEitherCase() {
        #expect(EASC.isArticleFileName("education (2).txt"))
        #expect(EASC.isArticleFileName("politics (18).TXT"))
        #expect(!EASC.isArticleFileName("README"))
        #expect(!EASC.isArticleFileName(".notes.txt"))
    }

    @Test func readsSummaryFileNames() throws {
        let name = try #require(EASCSummaryName(fileName: "D010014.M.250.A.5.E"))
        #expect(name.document == "D010014")
        #expect(name.summary == 5)
        #expect(name.worker == "E")
        #expect(name.fileName == "D010014.M.250.A.5.E")
        let first = try #require(EASCSummaryName(fileName: "D0202.M.250.A.1.A"))
        let second = try #require(EASCSummaryName(fileName: "D0202.M.250.A.2.B"))
        #expect(first < second)
    }

    @Test(arguments: [
        "D0202.M.250.A.6.C", "D0202.M.250.A.0.A", "D0202.M.250.A.1.F", "X0202.M.250.A.1.A", "D0.M.250.A.1.A",
        "D0202.M.250.A.1.A.txt", "D0202.M.100.A.1.A", "D02x2.M.250.A.1.A", "D0202.M.250.A.12.A",
    ])
    func rejectsOtherSummaryNames(name: String) {
        #expect(EASCSummaryName(fileName: name) == nil)
    }
}
