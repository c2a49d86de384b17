import Foundation

/// Gale & Church's length model, as a density: the letters of an English translation are
/// normal around `ratio` times the Arabic letters, with a variance that grows with the length,
/// `variance × (arabic + 2)`. A broad component (a tenth of the mass, three times the spread)
/// keeps a free or padded translation from being read as a merge or a deletion.
///
/// An English sentence with no Arabic counterpart costs its length under the document's own
/// distribution of English lengths (log-normal), so that pairing and leaving out are compared
/// in the same units.
///
/// Both the ratio and the variance are measured on the document being aligned
/// (`estimated(from:)`); Arabic, written without short vowels, runs at about 1.07 English
/// letters per Arabic letter in news, not the 1.0 of European pairs.
struct LengthModel: Sendable {
    /// English letters per Arabic letter.
    var ratio: Double
    /// Variance of the English length per Arabic letter.
    var variance: Double { didSet { logVariance = log(variance) } }
    /// Mean and standard deviation of ln(1 + English letters) over the document.
    var englishLogMean: Double
    var englishLogDeviation: Double { didSet { logDeviation = log(englishLogDeviation) } }
    private var logVariance: Double
    private var logDeviation: Double

    init(ratio: Double, variance: Double, englishLogMean: Double, englishLogDeviation: Double) {
        self.ratio = ratio
        self.variance = variance
        self.englishLogMean = englishLogMean
        self.englishLogDeviation = englishLogDeviation
        logVariance = log(variance)
        logDeviation = log(englishLogDeviation)
    }

    static let outlierShare = 0.1
    static let outlierSpread = 3.0
    /// Letters added to the Arabic length in the variance, for very short lines.
    static let shortLinePadding = 2.0

    /// −ln p(english | arabic), the cost of pairing those lengths.
    @inline(__always)
    func pairCost(arabic: Double, english: Double) -> Double {
        let spread = variance * (arabic + Self.shortLinePadding)
        let difference = english - ratio * arabic
        let z2 = difference * difference / spread
        return 0.5 * (Self.logTwoPi + logVariance + Self.logOf(arabic + Self.shortLinePadding)) + Self.mixtureCost(z2)
    }

    /// −ln p(english), the cost of an English sentence left without Arabic.
    @inline(__always)
    func englishAloneCost(_ english: Double) -> Double {
        let x = Self.logOnePlus(english)
        let z = (x - englishLogMean) / englishLogDeviation
        return x + logDeviation + 0.5 * Self.logTwoPi + 0.5 * z * z
    }

    static let logTwoPi = log(2 * Double.pi)

    /// ln x for the lengths the model sees (whole numbers of letters), from a table below 8,192.
    @inline(__always)
    static func logOf(_ x: Double) -> Double {
        let index = Int(x)
        if index >= 0, index < logTable.count, Double(index) == x { return logTable[index] }
        return log(x)
    }

    /// ln(1 + x).
    @inline(__always)
    static func logOnePlus(_ x: Double) -> Double { logOf(x + 1) }

    private static let logTable: [Double] = (0..<8192).map { log(Double($0)) }

    /// −ln of the mixture's standardised density ratio at z²:
    /// −ln((1−ε)·e^(−z²/2) + (ε/k)·e^(−z²/2k²)), from a table with linear interpolation.
    @inline(__always)
    static func mixtureCost(_ z2: Double) -> Double {
        let position = z2 * mixtureSteps
        if position < Double(mixtureTable.count - 1) {
            let index = Int(position)
            let fraction = position - Double(index)
            return mixtureTable[index] + fraction * (mixtureTable[index + 1] - mixtureTable[index])
        }
        return exactMixtureCost(z2)
    }

    static func exactMixtureCost(_ z2: Double) -> Double {
        let narrow = log(1 - outlierShare) - 0.5 * z2
        let broad = log(outlierShare / outlierSpread) - 0.5 * z2 / (outlierSpread * outlierSpread)
        let top = max(narrow, broad)
        return -(top + log(exp(narrow - top) + exp(broad - top)))
    }

    private static let mixtureSteps = 64.0
    private static let mixtureTable: [Double] = (0..<(64 * 64)).map { exactMixtureCost(Double($0) / 64) }

    /// A first model for a document pair: the ratio of the total lengths, the given variance,
    /// the English lengths' own distribution.
    static func initial(arabic: [Double], english: [Double], variance: Double) -> LengthModel {
        let arabicTotal = arabic.reduce(0, +)
        let englishTotal = english.reduce(0, +)
        let ratio = arabicTotal > 0 && englishTotal > 0 ? englishTotal / arabicTotal : 1
        let logs = english.map { log(1 + $0) }
        let mean = logs.isEmpty ? 4 : logs.reduce(0, +) / Double(logs.count)
        let spread = logs.isEmpty ? 1 : (logs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(logs.count)).squareRoot()
        return LengthModel(ratio: ratio, variance: variance, englishLogMean: mean, englishLogDeviation: max(spread, 0.3))
    }

    /// The model re-measured on the 1-1 pairs of a first alignment: the ratio of their total
    /// lengths, and a variance from the median absolute deviation of the scaled differences
    /// (robust to the few bad pairs), pulled towards `prior` when the pairs are few.
    func estimated(fromPairs pairs: [(arabic: Double, english: Double)], prior: Double, priorWeight: Double = 10)
        -> LengthModel
    {
        let usable = pairs.filter { $0.arabic > 0 && $0.english > 0 }
        guard usable.count >= 3 else { return self }
        let arabicTotal = usable.reduce(0) { $0 + $1.arabic }
        let englishTotal = usable.reduce(0) { $0 + $1.english }
        let ratio = englishTotal / arabicTotal
        let scaled = usable.map { ($0.english - ratio * $0.arabic) / ($0.arabic + Self.shortLinePadding).squareRoot() }
        let center = Self.median(scaled)
        let deviation = 1.4826 * Self.median(scaled.map { abs($0 - center) })
        let measured = max(deviation * deviation, 0.05)
        let count = Double(usable.count)
        var model = self
        model.ratio = ratio
        model.variance = (count * measured + priorWeight * prior) / (count + priorWeight)
        return model
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
