// Release-mode benchmark of the sentence aligner: `swift run -c release AlignmentBenchmark [MODE]`.
//
// Reads NTREX-128 (Arabic and English news, line-aligned, in ../shared/eval/ntrex beside the
// repository, or the folder given with --ntrex), makes alignment tasks with known answers by
// joining and dropping lines (ParallelPerturbation), aligns them and prints strict bead F1,
// throughput and peak memory (VmHWM from /proc/self/status), so that a fast wrong answer is seen.
//
// Modes:
//   large (default)  one document pair of 10,000+ sentences a side: NTREX six times over,
//                    perturbed as a whole.
//   documents        the 123 documents cut into pseudo-documents of 40 lines, each perturbed;
//                    `--half first` (the tuning half), `--half second` (held out) or `--half all`.
// Options: --glossary FILE.tsv, --anchor-weight X, --no-names, --no-reestimate, --variance X,
//          --band N, --seed N, --seeds N (perturb N times), --chunk N (lines a pseudo-document), --prior A-E=P (a bead shape's prior; 0 removes the shape).
import Alignment
import Foundation
import Terminology

struct Settings {
    var mode = "large"
    var half = "second"
    var ntrex: String?
    var glossary: String?
    var options = AlignmentOptions()
    var seed: UInt64 = 2019
    var chunk = 40
    var seeds = 1
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("AlignmentBenchmark: error: \(message)\n".utf8))
    exit(1)
}

func parseSettings() -> Settings {
    var settings = Settings()
    var arguments = Array(CommandLine.arguments.dropFirst())[...]
    func value(_ name: String) -> String {
        guard let next = arguments.popFirst() else { fail("\(name) needs a value") }
        return next
    }
    while let argument = arguments.popFirst() {
        switch argument {
        case "large", "documents", "gold": settings.mode = argument
        case "--half": settings.half = value(argument)
        case "--ntrex": settings.ntrex = value(argument)
        case "--glossary": settings.glossary = value(argument)
        case "--anchor-weight": settings.options.anchorWeight = Double(value(argument)) ?? 1
        case "--variance": settings.options.lengthVariance = Double(value(argument)) ?? 3
        case "--band": settings.options.bandWidth = Int(value(argument))
        case "--seed": settings.seed = UInt64(value(argument)) ?? 2019
        case "--chunk": settings.chunk = Int(value(argument)) ?? 40
        case "--seeds": settings.seeds = Int(value(argument)) ?? 1
        case "--prior":
            // --prior 2-2=0.001
            let parts = value(argument).split(separator: "=")
            let sides = parts.first?.split(separator: "-").compactMap { Int($0) } ?? []
            guard parts.count == 2, sides.count == 2, let prior = Double(parts[1]) else { fail("--prior takes A-E=P") }
            settings.options.shapes.removeAll { $0.arabic == sides[0] && $0.english == sides[1] }
            if prior > 0 { settings.options.shapes.append(.init(arabic: sides[0], english: sides[1], prior: prior)) }
        case "--no-names": settings.options.matchesNames = false
        case "--no-reestimate": settings.options.reestimates = false
        default: fail("unknown argument '\(argument)'")
        }
    }
    return settings
}

/// The NTREX folder: --ntrex, else ../shared/eval/ntrex beside the package root.
func ntrexFolder(_ given: String?) -> URL {
    if let given { return URL(fileURLWithPath: given) }
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/" {
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            return folder.deletingLastPathComponent().appendingPathComponent("shared/eval/ntrex")
        }
        folder = folder.deletingLastPathComponent()
    }
    fail("cannot find the package root above \(#filePath)")
}

func lines(_ url: URL) -> [String] {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { fail("\(url.path): cannot read") }
    // "\r\n" is one Character: split on both forms of a line break.
    var result = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        .map(String.init)
    if result.last == "" { result.removeLast() }
    return result
}

func peakMemoryMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
    return kilobytes / 1024
}

/// CPU seconds of this process so far (user and system, all threads).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let settings = parseSettings()
let folder = ntrexFolder(settings.ntrex)
let arabic = lines(folder.appendingPathComponent("newstest2019-ref.arb.txt"))
let english = lines(folder.appendingPathComponent("newstest2019-src.eng.txt"))
let documentIDs = lines(folder.appendingPathComponent("DOCUMENT_IDS.tsv"))
guard arabic.count == english.count, arabic.count == documentIDs.count, !arabic.isEmpty else {
    fail("NTREX files have \(arabic.count), \(english.count) and \(documentIDs.count) lines")
}

var matcher: TermMatcher?
if let path = settings.glossary {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8),
        let entries = try? GlossaryReader.read(text, format: .tsv)
    else { fail("\(path): cannot read the glossary") }
    matcher = TermMatcher(concepts: entries.map(\.concept))
}
let aligner = SentenceAligner(glossary: matcher, options: settings.options)

switch settings.mode {
case "gold":
    // The hand-aligned documents of the test fixtures.
    struct GoldFile: Decodable {
        struct Document: Decodable { var name: String; var arabic: [String]; var english: [String]; var beads: [[Int]] }
        var documents: [Document]
    }
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/AlignmentTests/Fixtures")
    guard let data = try? Data(contentsOf: fixtures.appendingPathComponent("gold-alignments.json")),
        let file = try? JSONDecoder().decode(GoldFile.self, from: data),
        let glossaryText = try? String(contentsOf: fixtures.appendingPathComponent("gold-glossary.tsv"), encoding: .utf8),
        let entries = try? GlossaryReader.read(glossaryText, format: .tsv)
    else { fail("cannot read the gold fixtures") }
    let goldAligner = SentenceAligner(glossary: TermMatcher(concepts: entries.map(\.concept)), options: settings.options)
    var totals = (matched: 0, predicted: 0, gold: 0)
    for document in file.documents {
        let gold = document.beads.map { Bead(arabic: $0[0]..<$0[1], english: $0[2]..<$0[3]) }
        let beads = goldAligner.align(arabic: document.arabic, english: document.english)
        let counts = BeadScore.matchCounts(predicted: beads, gold: gold)
        totals = (totals.matched + counts.matched, totals.predicted + counts.predicted, totals.gold + counts.gold)
        let goldKeys = Set(gold.map { "\($0.arabic)/\($0.english)" })
        let wrong = beads.filter { $0.isPair && !goldKeys.contains("\($0.arabic)/\($0.english)") }
        if !wrong.isEmpty { print(document.name, wrong.map { "\($0.arabic.lowerBound)-\($0.arabic.upperBound)/\($0.english.lowerBound)-\($0.english.upperBound) \(String(format: "%.2f", $0.score))" }) }
    }
    print(String(format: "gold: strict bead F1 %.4f", BeadScore.f1(matched: totals.matched, predicted: totals.predicted, gold: totals.gold)))
case "documents":
    // Documents in order; the first half of them is for tuning, the second half is held out.
    var documents: [[Int]] = []
    for (line, id) in documentIDs.enumerated() {
        if line > 0, documentIDs[line - 1] == id { documents[documents.count - 1].append(line) } else { documents.append([line]) }
    }
    let half = documents.count / 2
    let chosen: ArraySlice<[Int]> = switch settings.half {
    case "first": documents[..<half]
    case "all": documents[...]
    default: documents[half...]
    }
    let chosenLines = chosen.flatMap { $0 }
    var totals = (matched: 0, predicted: 0, gold: 0)
    var sentences = 0
    var worst: [(Int, Double)] = []
    // Calibration: pairing beads by score decile, right and all.
    var calibration = [(right: Int, all: Int)](repeating: (0, 0), count: 10)
    let time = seconds {
        for round in 0..<settings.seeds {
        for (chunk, start) in stride(from: 0, to: chosenLines.count, by: settings.chunk).enumerated() {
            let slice = chosenLines[start..<min(start + settings.chunk, chosenLines.count)]
            let task = ParallelPerturbation(seed: settings.seed &+ UInt64(chunk) &+ 1000 &* UInt64(round)).apply(
                arabic: slice.map { arabic[$0] }, english: slice.map { english[$0] })
            let beads = aligner.align(arabic: task.arabic, english: task.english)
            let counts = BeadScore.matchCounts(predicted: beads, gold: task.gold)
            let goldKeys = Set(task.gold.map { "\($0.arabic)/\($0.english)" })
            for bead in beads where bead.isPair {
                let decile = min(9, Int(bead.score * 10))
                calibration[decile].all += 1
                if goldKeys.contains("\(bead.arabic)/\(bead.english)") { calibration[decile].right += 1 }
            }
            totals.matched += counts.matched
            totals.predicted += counts.predicted
            totals.gold += counts.gold
            sentences += task.arabic.count + task.english.count
            worst.append((chunk, BeadScore.f1(matched: counts.matched, predicted: counts.predicted, gold: counts.gold)))
        }
        }
    }
    let f1 = BeadScore.f1(matched: totals.matched, predicted: totals.predicted, gold: totals.gold)
    print(String(format: "documents (%@ half, %d documents, %d pseudo-documents): strict bead F1 %.4f (%d of %d predicted, %d gold)",
                 settings.half, chosen.count, worst.count, f1, totals.matched, totals.predicted, totals.gold))
    print(String(format: "%d sentences in %.3f s: %.0f sentences/s; peak memory %.1f MB", sentences, time,
                 Double(sentences) / time, peakMemoryMegabytes()))
    print("score calibration (decile: right/all): " + calibration.enumerated().filter { $0.element.all > 0 }
        .map { "\($0.offset): \($0.element.right)/\($0.element.all)" }.joined(separator: ", "))
    let low = worst.sorted { $0.1 < $1.1 }.prefix(5).map { String(format: "#%d %.2f", $0.0, $0.1) }
    print("lowest pseudo-documents: " + low.joined(separator: ", "))
default:
    let repeats = 6
    let task = ParallelPerturbation(seed: settings.seed).apply(
        arabic: Array(repeating: arabic, count: repeats).flatMap { $0 },
        english: Array(repeating: english, count: repeats).flatMap { $0 })
    let before = peakMemoryMegabytes()
    var beads: [Bead] = []
    let cpuBefore = cpuSeconds()
    let time = seconds { beads = aligner.align(arabic: task.arabic, english: task.english) }
    let cpu = cpuSeconds() - cpuBefore
    let f1 = BeadScore.strictF1(predicted: beads, gold: task.gold)
    let weak = beads.filter(\.isWeak).count
    print(String(format: "large: %d Arabic and %d English sentences aligned in %.3f s (%.0f sentences/s; %.3f s of CPU)",
                 task.arabic.count, task.english.count, time, Double(task.arabic.count + task.english.count) / time, cpu))
    print(String(format: "strict bead F1 %.4f; %d beads, %d weak; peak memory %.1f MB (%.1f MB before aligning)",
                 f1, beads.count, weak, peakMemoryMegabytes(), before))
    if f1 < 0.9 { fail(String(format: "F1 %.4f is too low: the aligner is wrong, not fast", f1)) }
}
