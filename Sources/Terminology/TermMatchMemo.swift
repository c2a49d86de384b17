/// What a matcher learnt about words while reading a document: for each word, its readings
/// that meet the glossary. One memo serves one thread; its size is bounded, so memory grows
/// with the glossary, not with the text.
///
/// Words are remembered by the bytes of their matching key (and whether they end in `ة`,
/// which the key writes `ه`), so recalling one allocates nothing.
///
/// - Complexity: recalling or remembering a word is O(length of its key), amortised.
public final class TermMatchMemo {
    /// The most words remembered; past it the memo starts afresh.
    public let capacity: Int
    /// What is remembered; lent to each search (a search reads it as a value, sparing the
    /// run-time exclusivity checks of a class's properties on every word).
    var words: WordMemory?
    /// The buffers of the last search, lent to the next one.
    var workspace = SearchWorkspace()

    public init(capacity: Int = 200_000) {
        self.capacity = capacity
        self.words = WordMemory(capacity: capacity)
    }
}
