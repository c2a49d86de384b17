/// The articles of a day that tell one story, and the facts a brief keeps of it.
public struct Story: Sendable, Hashable {
    /// The story's place in the brief, from 0.
    public var id: Int
    /// The number of distinct sources (outlets) that carry the story, plus a fraction below 1
    /// that grows with its corroboration (how many article sentences back its items) and its
    /// glossary concepts; stories are ordered by it.
    public var weight: Double
    /// The ids of the story's articles, sorted.
    public var articles: [String]
    /// The facts, in the order they were selected: most important first.
    public var items: [BriefItem]

    public init(id: Int, weight: Double, articles: [String], items: [BriefItem]) {
        self.id = id
        self.weight = weight
        self.articles = articles
        self.items = items
    }
}
