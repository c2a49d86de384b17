import Testing
import Summarization

@Suite struct BriefBuilderTests {
    func reference(_ article: String, _ sentence: Int) -> SentenceReference {
        SentenceReference(article: article, sentence: sentence)
    }

    func story(containing article: String, in brief: Brief) -> Story? {
        brief.stories.first { $0.articles.contains(article) }
    }

    @Test func keepsTwoUnrelatedStoriesApart() {
        let brief = BriefBuilder().brief(of: TestArticles.all, budget: .sentences(2))
        #expect(brief.stories.map(\.articles) == [
            ["budget-report", "budget-spun", "budget-wire"],
            ["flood-rewrite", "flood-wire"],
        ])
    }

    @Test func ordersStoriesByDistinctSources() {
        let brief = BriefBuilder().brief(of: TestArticles.all, budget: .sentences(2))
        #expect(brief.stories.map(\.id) == [0, 1])
        // Three outlets carry the budget, two the flood.
        #expect(brief.stories[0].weight >= 3 && brief.stories[0].weight < 4)
        #expect(brief.stories[1].weight >= 2 && brief.stories[1].weight < 3)
        let capped = BriefBuilder(options: BriefOptions(maxStories: 1)).brief(of: TestArticles.all, budget: .sentences(2))
        #expect(capped.stories.map(\.articles) == [brief.stories[0].articles])
    }

    /// The wire story and its spun copy tell the same four facts (wire sentence k is spun
    /// sentence k − 1); the third outlet tells three facts of its own. Seven facts in all: asked
    /// for seven, the brief tells each once and cites both copies of the shared ones.
    @Test func tellsASpunFactOnceCitingBothSources() throws {
        let brief = BriefBuilder().brief(of: TestArticles.all, budget: .sentences(7))
        let budget = try #require(story(containing: "budget-wire", in: brief))
        #expect(budget.items.count == 7)
        let citations = Set(budget.items.map { Set($0.sources) })
        let expected: Set<Set<SentenceReference>> = [
            [reference("budget-wire", 1), reference("budget-spun", 0)],
            [reference("budget-wire", 2), reference("budget-spun", 1)],
            [reference("budget-wire", 3), reference("budget-spun", 2)],
            [reference("budget-wire", 4), reference("budget-spun", 3)],
            [reference("budget-report", 0)],
            [reference("budget-report", 1)],
            [reference("budget-report", 2)],
        ]
        #expect(citations == expected)
        for item in budget.items {
            #expect(item.sources.first == reference(item.article, item.sentence))
        }
    }

    /// A wire rewrite (reordered, other verbs) counts as repetition too: the flood story has
    /// four facts, two of them told by both outlets.
    @Test func foldsAWireRewriteIntoTheSameItem() throws {
        let brief = BriefBuilder().brief(of: TestArticles.all, budget: .sentences(10))
        let flood = try #require(story(containing: "flood-wire", in: brief))
        #expect(Set(flood.items.map { Set($0.sources) }) == [
            [reference("flood-wire", 0), reference("flood-rewrite", 0)],
            [reference("flood-wire", 1), reference("flood-rewrite", 1)],
            [reference("flood-wire", 2)],
            [reference("flood-rewrite", 2)],
        ])
    }

    @Test func neverRepeatsAFactWithinTheBudget() throws {
        let brief = BriefBuilder().brief(of: TestArticles.all, budget: .sentences(3))
        let budget = try #require(story(containing: "budget-wire", in: brief))
        #expect(budget.items.count == 3)
        let cited = budget.items.flatMap(\.sources)
        #expect(Set(cited).count == cited.count)
        // The lead fact leads the story, cited by the wire and its copy.
        #expect(Set(budget.items[0].sources) == [reference("budget-wire", 1), reference("budget-spun", 0)])
    }

    @Test func neverSelectsHeadingsOrMetadata() {
        let brief = BriefBuilder().brief(of: TestArticles.all, budget: .share(1))
        let references = brief.stories.flatMap(\.items).flatMap(\.sources)
        #expect(!references.contains(reference("budget-wire", 0)))
        #expect(!references.contains(reference("budget-wire", 5)))
    }

    @Test func respectsTheBudgetOfEveryStory() {
        let words = BriefBuilder().brief(of: TestArticles.all, budget: .words(30))
        for story in words.stories {
            let total = story.items.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
            #expect(story.items.count == 1 || total <= 30)
            #expect(!story.items.isEmpty)
        }
        // A share is of the story's longest article: 4 body sentences for the budget, 3 for the flood.
        let share = BriefBuilder().brief(of: TestArticles.all, budget: .share(0.5))
        #expect(share.stories.map(\.items.count) == [2, 2])
    }

    @Test func givesTheSameBriefForTheSameArticlesInAnyOrder() {
        let builder = BriefBuilder()
        let first = builder.brief(of: TestArticles.all, budget: .sentences(3))
        #expect(builder.brief(of: TestArticles.all, budget: .sentences(3)) == first)
        #expect(builder.brief(of: TestArticles.all.reversed(), budget: .sentences(3)) == first)
        #expect(builder.brief(of: [], budget: .sentences(3)).stories.isEmpty)
    }
}
