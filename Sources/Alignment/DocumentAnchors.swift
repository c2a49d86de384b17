/// The lexical anchors of a document pair: for every sentence, the anchors it holds; for every
/// anchor, the sentences that hold it on each side (posting lists, ascending).
struct DocumentAnchors: Sendable {
    /// One anchor in one sentence; `quality` (0...1) discounts weak evidence (a name that meets
    /// only with one edit); `nearby` counts the sentences of the same side, within the window
    /// given to `finish`, that hold the anchor (itself included).
    struct Reference: Sendable, Hashable {
        var id: Int32
        var quality: Float
        var nearby: Int32 = 1
        /// Whether the next sentence of the same side holds the anchor too.
        var heldByNext = false
    }

    /// A sentence holding an anchor, with that sentence's reference to it.
    struct Posting: Sendable, Hashable {
        var sentence: Int32
        var nearby: Int32
        var quality: Float
        var heldByNext: Bool
    }

    /// The kind of each anchor, by id.
    private(set) var kinds: [AnchorKind] = []
    /// The anchors of each Arabic sentence, by ascending id.
    private(set) var arabic: [[Reference]]
    /// The anchors of each English sentence, by ascending id.
    private(set) var english: [[Reference]]
    /// The Arabic sentences holding each anchor, ascending.
    private(set) var arabicPostings: [[Posting]] = []
    /// The English sentences holding each anchor, ascending.
    private(set) var englishPostings: [[Posting]] = []
    private var ids: [String: Int32] = [:]

    init(arabicCount: Int, englishCount: Int) {
        arabic = Array(repeating: [], count: arabicCount)
        english = Array(repeating: [], count: englishCount)
    }

    /// The id of the anchor named `key` (`n:2020`, `l:cnn`, `t:12`), made on first use.
    mutating func id(of key: String, kind: AnchorKind) -> Int32 {
        if let known = ids[key] { return known }
        let id = Int32(kinds.count)
        ids[key] = id
        kinds.append(kind)
        return id
    }

    mutating func addArabic(_ id: Int32, quality: Float = 1, sentence: Int) {
        arabic[sentence].append(Reference(id: id, quality: quality))
    }

    mutating func addEnglish(_ id: Int32, quality: Float = 1, sentence: Int) {
        english[sentence].append(Reference(id: id, quality: quality))
    }

    /// Sorts and deduplicates each sentence's anchors (keeping the best quality), drops the
    /// anchors that only one side holds, counts each reference's `nearby` sentences within
    /// `window` and builds the posting lists. Call once, after the last `add`.
    mutating func finish(window: Int) {
        arabic = arabic.map(Self.unique)
        english = english.map(Self.unique)
        var arabicHolders = Array(repeating: [Int32](), count: kinds.count)
        var englishHolders = Array(repeating: [Int32](), count: kinds.count)
        for (sentence, references) in arabic.enumerated() {
            for reference in references { arabicHolders[Int(reference.id)].append(Int32(sentence)) }
        }
        for (sentence, references) in english.enumerated() {
            for reference in references { englishHolders[Int(reference.id)].append(Int32(sentence)) }
        }
        // An anchor that occurs on one side only can never meet: it says nothing about a pair
        // but that the pair lacks it, which every pair does alike. Drop it from the sentences.
        func counted(_ references: [[Reference]], holders: [[Int32]], others: [[Int32]]) -> [[Reference]] {
            references.enumerated().map { sentence, references in
                references.compactMap { reference in
                    let id = Int(reference.id)
                    guard !others[id].isEmpty else { return nil }
                    var counted = reference
                    counted.nearby = Int32(max(1, Self.count(holders[id], in: (sentence - window)...(sentence + window))))
                    counted.heldByNext = Self.count(holders[id], in: (sentence + 1)...(sentence + 1)) > 0
                    return counted
                }
            }
        }
        arabic = counted(arabic, holders: arabicHolders, others: englishHolders)
        english = counted(english, holders: englishHolders, others: arabicHolders)
        arabicPostings = Array(repeating: [], count: kinds.count)
        englishPostings = Array(repeating: [], count: kinds.count)
        for (sentence, references) in arabic.enumerated() {
            for reference in references {
                arabicPostings[Int(reference.id)].append(
                    Posting(sentence: Int32(sentence), nearby: reference.nearby, quality: reference.quality,
                            heldByNext: reference.heldByNext))
            }
        }
        for (sentence, references) in english.enumerated() {
            for reference in references {
                englishPostings[Int(reference.id)].append(
                    Posting(sentence: Int32(sentence), nearby: reference.nearby, quality: reference.quality,
                            heldByNext: reference.heldByNext))
            }
        }
    }

    /// How many of the ascending `sentences` fall in `range`.
    static func count(_ sentences: [Int32], in range: ClosedRange<Int>) -> Int {
        lowerBound(sentences, range.upperBound + 1) - lowerBound(sentences, range.lowerBound)
    }

    /// The first position in ascending `sentences` whose value is at least `value`.
    static func lowerBound(_ sentences: [Int32], _ value: Int) -> Int {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if Int(sentences[middle]) < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func unique(_ references: [Reference]) -> [Reference] {
        guard references.count > 1 else { return references }
        var result: [Reference] = []
        for reference in references.sorted(by: { ($0.id, $1.quality) < ($1.id, $0.quality) }) {
            if result.last?.id == reference.id { continue }
            result.append(reference)
        }
        return result
    }
}
