import Foundation

/// The cost of a bead, in nats (−ln of its probability under the model): its shape's prior, its
/// lengths (`LengthModel`), and its lexical anchors.
///
/// The model generates each bead's Arabic sentences, then its English ones from them, so every
/// English sentence's length is paid for exactly once on every path: a paired English length
/// by `LengthModel.pairCost`, an English sentence left alone by `englishAloneCost`, and the
/// split of a two-sentence English side by a uniform term.
///
/// Anchors are weighed as log-likelihood ratios. An anchor that both sides of a pair hold adds
/// ln(keep · (2K+1) / k): a translation keeps it with probability `keep`
/// (`AnchorKind.keepRate`), while an unrelated sentence among the 2K+1 around it holds it with
/// probability k/(2K+1), k being how many nearby sentences hold it (an anchor in every sentence
/// of a story says little). An anchor one side of a pair holds and the other lacks costs
/// −ln(1 − keep). Beads that leave a sentence out have no anchor term: nothing was there to
/// hold the anchor too. In a bead with two sentences on a side, an anchor counts as many times
/// as it can be matched (the fewer of its holders on either side), so that a merge gains
/// nothing from an anchor that two neighbouring pairs would each match anyway.
///
/// The anchor terms of each pair of sentences are computed once per row of the band
/// (`fillRow`), so most beads cost a few additions.
struct BeadCosts {
    struct Shape {
        var arabic: Int
        var english: Int
        var cost: Double
    }

    /// One anchor of one sentence, as the cost loop reads it.
    struct Held {
        var id: Int32
        var kind: UInt8
        /// ln of the number of nearby sentences (same side) holding the anchor.
        var logNearby: Float
        var quality: Float
        /// Whether the next sentence of the same side holds the anchor too.
        var heldByNext = false
    }

    let reading: AnchorExtractor.Reading
    var length: LengthModel
    /// The same model over word counts, whose errors are only loosely tied to the letters'
    /// (correlation about 0.4 on news), weighed by `wordWeight` for what they share.
    var words: LengthModel
    static let wordWeight = 0.4
    var shapes: [Shape] = []
    let anchorWeight: Double

    private let arabicHeld: [Held]
    private let arabicOffsets: [Int]
    private let englishHeld: [Held]
    private let englishOffsets: [Int]
    /// The English sentences holding each anchor, as `Held` values whose `id` is the sentence.
    private let englishPostings: [Held]
    private let postingOffsets: [Int]
    /// Whether sentence s and s + 1 hold an anchor in common (for a bead holding both, the
    /// pair terms count it too often: see `cost`).
    private let arabicTwins: [Bool]
    private let englishTwins: [Bool]
    private let arabicAbsence: [Double]
    private let englishAbsence: [Double]
    private let matchWeights: [Double]
    private let absenceWeights: [Double]

    // Three rolling pair rows: anchor terms of Arabic sentence `rowSentence[k]` against English
    // sentences `rowStart[k]..<rowStart[k] + rowWidth[k]`, stored at k·capacity.
    private var rowBonus: [Double] = []
    private var rowShared: [Double] = []
    /// For the pair (s, t): match + 2·absence of the anchors s and t share and s + 1 holds too
    /// (what a 2-1 bead's pair terms count once too often; see `twinCorrection`).
    private var rowArabicTwin: [Double] = []
    /// The same for the anchors s and t share and t + 1 holds too (for a 1-2 bead).
    private var rowEnglishTwin: [Double] = []
    private var rowStart = [0, 0, 0]
    private var rowWidth = [0, 0, 0]
    private var rowCapacity = 0

    init(reading: AnchorExtractor.Reading, length: LengthModel, words: LengthModel, shapes: [AlignmentOptions.Shape],
         anchorWeight: Double, window: Int)
    {
        self.reading = reading
        self.length = length
        self.words = words
        self.anchorWeight = anchorWeight
        let span = Double(2 * max(1, window) + 1)
        let matchWeights = AnchorKind.allCases.map { anchorWeight * log($0.keepRate * span) }
        let absenceWeights = AnchorKind.allCases.map { $0.absenceCounts ? -anchorWeight * log(1 - $0.keepRate) : 0 }
        self.matchWeights = matchWeights
        self.absenceWeights = absenceWeights
        let anchors = reading.anchors
        func flatten(_ sentences: [[DocumentAnchors.Reference]])
            -> (held: [Held], offsets: [Int], absence: [Double], twins: [Bool])
        {
            var held: [Held] = []
            var offsets = [0]
            var absence: [Double] = []
            var twins: [Bool] = []
            for references in sentences {
                var total = 0.0
                for reference in references {
                    let kind = anchors.kinds[Int(reference.id)].rawValue
                    held.append(Held(id: reference.id, kind: kind, logNearby: Float(log(Double(reference.nearby))),
                                     quality: reference.quality, heldByNext: reference.heldByNext))
                    total += absenceWeights[Int(kind)]
                }
                offsets.append(held.count)
                absence.append(total)
                twins.append(references.contains(where: \.heldByNext))
            }
            return (held, offsets, absence, twins)
        }
        let arabic = flatten(anchors.arabic)
        let english = flatten(anchors.english)
        (arabicHeld, arabicOffsets, arabicAbsence) = (arabic.held, arabic.offsets, arabic.absence)
        arabicTwins = arabic.twins
        (englishHeld, englishOffsets, englishAbsence) = (english.held, english.offsets, english.absence)
        englishTwins = english.twins
        var postings: [Held] = []
        var postingOffsets = [0]
        for (id, list) in anchors.englishPostings.enumerated() {
            let kind = anchors.kinds[id].rawValue
            for posting in list {
                postings.append(Held(id: posting.sentence, kind: kind, logNearby: Float(log(Double(posting.nearby))),
                                     quality: posting.quality, heldByNext: posting.heldByNext))
            }
            postingOffsets.append(postings.count)
        }
        self.englishPostings = postings
        self.postingOffsets = postingOffsets
        setShapes(shapes)
    }

    mutating func setShapes(_ shapes: [AlignmentOptions.Shape]) {
        let usable = shapes.filter(Self.isUsable)
        let total = usable.reduce(0) { $0 + $1.prior }
        self.shapes = usable.map { Shape(arabic: $0.arabic, english: $0.english, cost: -log($0.prior / total)) }
    }

    /// Whether the aligner can use a shape: a positive prior, one or two sentences a side.
    static func isUsable(_ shape: AlignmentOptions.Shape) -> Bool {
        shape.prior > 0 && (shape.arabic > 0 || shape.english > 0) && shape.arabic <= 2 && shape.english <= 2
    }

    var arabicCount: Int { reading.arabicLengths.count }
    var englishCount: Int { reading.englishLengths.count }

    @inline(__always)
    private func matchWeight(kind: UInt8, logNearby: Float, quality: Float) -> Double {
        max(0, matchWeights[Int(kind)] - anchorWeight * Double(logNearby)) * Double(quality)
    }

    /// Computes the anchor terms of Arabic sentence `sentence` against English sentences
    /// `columns` (clamped to the document), into the ring slot the bead costs will read.
    mutating func fillRow(sentence: Int, columns: ClosedRange<Int>) {
        let slot = sentence % 3
        let start = max(0, columns.lowerBound)
        let end = min(englishCount - 1, columns.upperBound)
        let width = max(0, end - start + 1)
        if width > rowCapacity { grow(to: width) }
        rowStart[slot] = start
        rowWidth[slot] = width
        let base = slot * rowCapacity
        for k in base..<(base + width) {
            rowBonus[k] = 0
            rowShared[k] = 0
            rowArabicTwin[k] = 0
            rowEnglishTwin[k] = 0
        }
        guard width > 0 else { return }
        for reference in arabicHeld[arabicOffsets[sentence]..<arabicOffsets[sentence + 1]] {
            let postings = postingOffsets[Int(reference.id)]..<postingOffsets[Int(reference.id) + 1]
            var position = lowerBound(postings, start)
            while position < postings.upperBound, Int(englishPostings[position].id) <= end {
                let posting = englishPostings[position]
                let k = base + Int(posting.id) - start
                let weight = matchWeight(
                    kind: reference.kind, logNearby: max(reference.logNearby, posting.logNearby),
                    quality: reference.quality * posting.quality)
                let absence = absenceWeights[Int(reference.kind)]
                rowBonus[k] += weight
                rowShared[k] += absence
                if reference.heldByNext { rowArabicTwin[k] += weight + 2 * absence }
                if posting.heldByNext { rowEnglishTwin[k] += weight + 2 * absence }
                position += 1
            }
        }
    }

    private mutating func grow(to width: Int) {
        let capacity = max(width + 16, rowCapacity * 2)
        func moved(_ values: [Double]) -> [Double] {
            var result = [Double](repeating: 0, count: 3 * capacity)
            for slot in 0..<3 {
                for k in 0..<rowWidth[slot] { result[slot * capacity + k] = values[slot * rowCapacity + k] }
            }
            return result
        }
        rowBonus = moved(rowBonus)
        rowShared = moved(rowShared)
        rowArabicTwin = moved(rowArabicTwin)
        rowEnglishTwin = moved(rowEnglishTwin)
        rowCapacity = capacity
    }

    /// The first posting position in `range` whose English sentence is at least `value`.
    @inline(__always)
    private func lowerBound(_ range: Range<Int>, _ value: Int) -> Int {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if Int(englishPostings[middle].id) < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The cost of the bead of shape `shape` that ends after Arabic sentence `arabicEnd − 1`
    /// and English sentence `englishEnd − 1`. The pair rows of its Arabic sentences must have
    /// been filled.
    @inline(__always)
    func cost(_ shape: Shape, arabicEnd: Int, englishEnd: Int) -> Double {
        let arabicStart = arabicEnd - shape.arabic
        let englishStart = englishEnd - shape.english
        if shape.english == 0 { return shape.cost }
        var english = reading.englishLengths[englishEnd - 1]
        var englishWords = reading.englishWordCounts[englishEnd - 1]
        if shape.english == 2 {
            english += reading.englishLengths[englishStart]
            englishWords += reading.englishWordCounts[englishStart]
        }
        if shape.arabic == 0 {
            return shape.cost + length.englishAloneCost(english) + Self.wordWeight * words.englishAloneCost(englishWords)
        }
        var arabic = reading.arabicLengths[arabicEnd - 1]
        var arabicWords = reading.arabicWordCounts[arabicEnd - 1]
        if shape.arabic == 2 {
            arabic += reading.arabicLengths[arabicStart]
            arabicWords += reading.arabicWordCounts[arabicStart]
        }
        var cost = shape.cost + length.pairCost(arabic: arabic, english: english)
            + Self.wordWeight * words.pairCost(arabic: arabicWords, english: englishWords)
        // Two English sentences have two lengths: the model gives their sum; where the sum
        // splits is uniform. Without this term a merge would pay one length density for two
        // sentences and look cheaper than two pairs.
        if shape.english == 2 {
            cost += LengthModel.logOnePlus(english) + Self.wordWeight * LengthModel.logOnePlus(englishWords)
        }
        if anchorWeight == 0 { return cost }
        var bonus = 0.0
        var absence = 0.0
        for s in arabicStart..<arabicEnd {
            let slot = s % 3
            let base = slot * rowCapacity - rowStart[slot]
            var shared = 0.0
            for t in englishStart..<englishEnd {
                let k = t - rowStart[slot]
                guard k >= 0, k < rowWidth[slot] else { continue }
                bonus += rowBonus[base + t]
                shared += rowShared[base + t]
            }
            // Each shared anchor is missing neither from s nor from its English holder.
            absence += arabicAbsence[s] - 2 * shared
        }
        absence += englishAbsence[englishStart]
        if shape.english == 2 { absence += englishAbsence[englishStart + 1] }
        cost += max(0, absence) - bonus
        // Anchors held by both sentences of a side and by a sentence of the other side count
        // once too often in the pair terms. (An anchor held by all four sentences of a 2-2
        // bead is corrected twice: a 2-2 bead pays a little more for it, which is safe.)
        if shape.arabic == 2, arabicTwins[arabicStart] {
            for t in englishStart..<englishEnd { cost += rowValue(rowArabicTwin, sentence: arabicStart, column: t) }
        }
        if shape.english == 2, englishTwins[englishStart] {
            for s in arabicStart..<arabicEnd { cost += rowValue(rowEnglishTwin, sentence: s, column: englishStart) }
        }
        return cost
    }

    /// A value of the pair row of Arabic sentence `sentence` at English sentence `column`; 0
    /// outside the row.
    @inline(__always)
    private func rowValue(_ values: [Double], sentence: Int, column: Int) -> Double {
        let slot = sentence % 3
        let k = column - rowStart[slot]
        guard k >= 0, k < rowWidth[slot] else { return 0 }
        return values[slot * rowCapacity + k]
    }
}
