/// What a matcher learnt about words while reading a document: for each word, its readings
/// that meet the glossary. One memo serves one thread; its size is bounded, so memory grows
/// with the glossary, not with the text.
///
/// Words are remembered by the bytes of their matching key (and whether they end in `ة`,
/// which the key writes `ه`), so recalling one allocates nothing.
///
/// - Complexity: recalling or remembering a word is O(length of its key), amortised.
public final class TermMatchMemo {
    /// Words whose key is all they are (the key's `ه` is no taa marbuta).
    private var plainWords = WordTable()
    /// Words whose key ends in an `ه` that stands for `ة`.
    private var taaMarbutaWords = WordTable()
    /// The steps of word id i of each table: `steps[spans[i]]`.
    private var plainSpans: [Range<Int32>] = []
    private var taaMarbutaSpans: [Range<Int32>] = []
    /// The remembered steps of every word, one after another.
    private var steps: [TermSearch.Step] = []
    /// The most words remembered; past it the memo starts afresh.
    public let capacity: Int
    /// The buffers of the last search, lent to the next one.
    private var workspace: SearchWorkspace?

    public init(capacity: Int = 200_000) {
        self.capacity = capacity
    }

    /// The buffers of the last search (or new ones), which the memo no longer holds.
    func takeWorkspace() -> SearchWorkspace {
        defer { workspace = nil }
        return workspace ?? SearchWorkspace()
    }

    /// Keeps the buffers of a finished search for the next one.
    func keep(_ workspace: SearchWorkspace) {
        self.workspace = workspace
    }

    /// Appends the steps remembered for `key` to `found`; false when the word is new.
    func recall(_ key: UnsafeBufferPointer<UInt8>, endsInTaaMarbuta: Bool, into found: inout [TermSearch.Step]) -> Bool {
        let hash = KeyHash.hash(key)
        let span: Range<Int32>
        if endsInTaaMarbuta {
            guard let id = taaMarbutaWords.find(key, hash: hash) else { return false }
            span = taaMarbutaSpans[id]
        } else {
            guard let id = plainWords.find(key, hash: hash) else { return false }
            span = plainSpans[id]
        }
        found.append(contentsOf: steps[Int(span.lowerBound)..<Int(span.upperBound)])
        return true
    }

    /// Remembers the steps found for a word not remembered yet.
    func remember(_ found: ArraySlice<TermSearch.Step>, for key: UnsafeBufferPointer<UInt8>, endsInTaaMarbuta: Bool) {
        if plainWords.count + taaMarbutaWords.count >= capacity || steps.count + found.count > Int(Int32.max) {
            plainWords.removeAll()
            taaMarbutaWords.removeAll()
            plainSpans.removeAll(keepingCapacity: true)
            taaMarbutaSpans.removeAll(keepingCapacity: true)
            steps.removeAll(keepingCapacity: true)
        }
        let hash = KeyHash.hash(key)
        let span = Int32(steps.count)..<Int32(steps.count + found.count)
        if endsInTaaMarbuta {
            guard taaMarbutaWords.insert(key, hash: hash).inserted else { return }
            taaMarbutaSpans.append(span)
        } else {
            guard plainWords.insert(key, hash: hash).inserted else { return }
            plainSpans.append(span)
        }
        steps.append(contentsOf: found)
    }
}
