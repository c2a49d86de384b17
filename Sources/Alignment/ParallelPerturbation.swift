import ArabicText
/// Turns a text aligned line by line (a translation with one English line per Arabic line) into
/// an alignment task with a known answer: some adjacent lines are joined on one side (a 1-2 or
/// 2-1 bead) and some lines dropped from one side (a 1-0 or 0-1 bead), at random but
/// reproducibly from a seed.
///
/// ```swift
/// let task = ParallelPerturbation(seed: 7).apply(arabic: arabicLines, english: englishLines)
/// let beads = SentenceAligner().align(arabic: task.arabic, english: task.english)
/// BeadScore.strictF1(predicted: beads, gold: task.gold)
/// ```
///
/// For evaluation and benchmarks: real parallel news is line-aligned, real alignment tasks
/// are not.
public struct ParallelPerturbation: Sendable {
    /// Chance, at each line, of joining it with the next one on the Arabic side (a 1-2 bead).
    public var arabicJoinRate: Double = 0.1
    /// Chance, at each line, of joining it with the next one on the English side (a 2-1 bead).
    public var englishJoinRate: Double = 0.1
    /// Chance, at each line, of dropping its English (a 1-0 bead).
    public var englishDropRate: Double = 0.04
    /// Chance, at each line, of dropping its Arabic (a 0-1 bead).
    public var arabicDropRate: Double = 0.04
    public var seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// The perturbed documents and the gold beads that align them.
    public func apply(arabic: [String], english: [String]) -> (arabic: [String], english: [String], gold: [Bead]) {
        var generator = SplitMix64(seed: seed)
        let count = min(arabic.count, english.count)
        var outArabic: [String] = []
        var outEnglish: [String] = []
        var gold: [Bead] = []
        var line = 0
        while line < count {
            let draw = generator.nextUnit()
            let a = outArabic.count
            let e = outEnglish.count
            var threshold = englishDropRate
            if draw < threshold {
                outArabic.append(arabic[line])
                gold.append(Bead(arabic: a..<(a + 1), english: e..<e))
                line += 1
                continue
            }
            threshold += arabicDropRate
            if draw < threshold {
                outEnglish.append(english[line])
                gold.append(Bead(arabic: a..<a, english: e..<(e + 1)))
                line += 1
                continue
            }
            threshold += arabicJoinRate
            if draw < threshold, line + 1 < count {
                outArabic.append(arabic[line] + " " + arabic[line + 1])
                outEnglish.append(contentsOf: english[line...(line + 1)])
                gold.append(Bead(arabic: a..<(a + 1), english: e..<(e + 2)))
                line += 2
                continue
            }
            threshold += englishJoinRate
            if draw < threshold, line + 1 < count {
                outArabic.append(contentsOf: arabic[line...(line + 1)])
                outEnglish.append(english[line] + " " + english[line + 1])
                gold.append(Bead(arabic: a..<(a + 2), english: e..<(e + 1)))
                line += 2
                continue
            }
            outArabic.append(arabic[line])
            outEnglish.append(english[line])
            gold.append(Bead(arabic: a..<(a + 1), english: e..<(e + 1)))
            line += 1
        }
        return (outArabic, outEnglish, gold)
    }
}

