import Foundation
import Terminology
import Testing

/// Reads real glossaries when they are beside the repository: the project's own
/// `glossary/news.tsv`, and the TICO-19 termbases in `../shared/eval/tico19/` (never copied).
@Suite struct RealGlossaryFileTests {
    static let news = Fixtures.optionalText("glossary/news.tsv")

    @Test(.enabled(if: news != nil, "glossary/news.tsv is absent"))
    func readsTheNewsGlossaryWithOneConceptPerRow() throws {
        let text = try #require(Self.news)
        // Counted independently of the reader: lines that are neither blank nor comments, less the header.
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }.count - 1
        let entries = try GlossaryReader.read(text, format: .tsv)
        #expect(entries.count == rows)
        #expect(entries.count > 400)
        // glossary/README.md: one Arabic form, one concept; one English term, one concept.
        #expect(GlossaryConflict.conflicts(in: entries).isEmpty)
        for format in GlossaryFormat.allCases {
            let concepts = entries.map(\.concept)
            #expect(
                try GlossaryReader.read(GlossaryWriter.write(concepts, format: format), format: format).map(\.concept)
                    == concepts)
        }
    }

    static let tico = "../shared/eval/tico19/"
    static let ticoIsPresent = Fixtures.optionalText(tico + "g_ar_en.csv") != nil

    /// The TICO-19 termbases and their record counts. `../shared/eval/README.md` gives 306,
    /// 336 and 49, but `g_en_ar.csv` holds 337 records (its last line has no final line break;
    /// Python's `csv` module counts 337 too).
    @Test(
        .enabled(if: ticoIsPresent, "../shared/eval/tico19 is absent"),
        arguments: [("f_en-ar_AR.csv", 306), ("g_en_ar.csv", 337), ("g_ar_en.csv", 49)])
    func readsTICOTermbases(name: String, count: Int) throws {
        let text = try #require(Fixtures.optionalText(Self.tico + name))
        #expect(try GlossaryReader.read(text, format: .csv).count == count)
    }
}
