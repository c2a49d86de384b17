/// A daily brief: the day's stories, heaviest first.
public struct Brief: Sendable, Hashable {
    public var stories: [Story]

    public init(stories: [Story]) {
        self.stories = stories
    }
}
