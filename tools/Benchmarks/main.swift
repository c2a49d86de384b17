// Release-mode benchmarks of the text core: `swift run -c release dragoman-bench [FILE]`.
//
// Normalises and tokenises Arabic text (the sample corpus repeated to 50 MB, or FILE), checks
// the result against a first, independent count so a fast wrong answer is caught, and prints
// throughput. Ingest speed is measured on the whole binary by tools/bench-ingest.
//
// `dragoman-bench segment FILE...` and `dragoman-bench index FILE...` print every segment, or
// the search-index text of every line: references to diff after changing the segmenter or the
// index keys (the output must not change when only speed should).
//
// `dragoman-bench segtime FILE` cuts FILE into sentences 15 times in one process (as `align` does,
// on all cores for a long text) and prints the best wall-clock and CPU milliseconds.
//
// `dragoman-bench memory DB QUERIES` times memory look-ups in one process (set
// DRAGOMAN_BENCH_DUMP=1 to print the hits and the slowest queries); `tools/bench-memory` runs it.
//
// `dragoman-bench threads [ROUNDS] [PAUSE]` starts a helper thread ROUNDS times (default 8), each
// after PAUSE seconds idle (default 1.5), while the caller spins for 2 ms: through Dispatch's
// global queue, then as `Prefetch` starts one (`Cores.start`, away from the caller's core);
// prints how long each helper took to first run and whether it ran on the caller's core.
//
// `dragoman-bench match GLOSSARY TEXT [RUNS]` times the term matcher alone: reading and
// compiling the glossary, then matching every line of TEXT (a sentence a line) on one core,
// with one memo across the lines (as `dragoman align` does) and with each line afresh; best of
// RUNS (default 3), in CPU seconds of the matching thread. The two passes must find the same
// terms (count and fingerprint). For profiling one pass alone, set DRAGOMAN_BENCH_PASS to
// `memo` or `afresh`.
import ArabicText
import Evaluation
import Foundation
import Summarization
import Terminology
import Workbench

if CommandLine.arguments.count >= 2, CommandLine.arguments[1] == "threads" {
    let rounds = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 8 : 8
    let pause = CommandLine.arguments.count > 3 ? Double(CommandLine.arguments[3]) ?? 1.5 : 1.5
    for line in ThreadPlacement.report(rounds: rounds, pause: pause) { print(line) }
    exit(0)
}

// `dragoman-bench segment FILE...` prints every segment of every file (each read whole, as one
// article) as `file, index, kind, scalar range`: a reference to diff after changing the
// segmenter.
if CommandLine.arguments.count >= 3, CommandLine.arguments[1] == "segment" {
    let segmenter = SentenceSegmenter()
    for file in CommandLine.arguments.dropFirst(2) {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
        for sentence in segmenter.sentences(in: text) {
            print("\(file)\t\(sentence.index)\t\(sentence.kind)\t\(sentence.range.lowerBound)\t\(sentence.range.upperBound)")
        }
    }
    exit(0)
}
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "segtime" {
    let text = (try? String(contentsOfFile: CommandLine.arguments[2], encoding: .utf8)) ?? ""
    var best = 1e9
    var cpuBest = 1e9
    for _ in 0..<15 {
        var t0 = timespec(); clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0)
        let start = DispatchTime.now().uptimeNanoseconds
        let n = SentenceSegmenter().sentences(in: text).count
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        var t1 = timespec(); clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1)
        let cpu = Double(t1.tv_sec - t0.tv_sec) * 1000 + Double(t1.tv_nsec - t0.tv_nsec) / 1e6
        best = min(best, wall); cpuBest = min(cpuBest, cpu)
        _ = n
    }
    print(String(format: "segment: best wall %.1f ms, best cpu %.1f ms", best, cpuBest))
    exit(0)
}
// `dragoman-bench summarize FILE...` reads the articles (on all cores) and then summarises them
// one after another (5 sentences each, no workbench), 20 times in one process, and prints the
// best CPU milliseconds (all threads) of each step: the work `dragoman summarize` spreads over
// the cores between start-up and output, warm; and the first round's, cold (first use of the
// code, tables and memory in the process), as a fresh `dragoman summarize` does it. For profiling.
if CommandLine.arguments.count >= 3, CommandLine.arguments[1] == "summarize" {
    let files = Array(CommandLine.arguments.dropFirst(2))
    func cpuMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }
    var best = (read: 1e9, summarize: 1e9)
    var first: (read: Double, summarize: Double)?
    var chosen = 0
    var count = 0
    for _ in 0..<20 {
        let start = cpuMilliseconds()
        guard let articles = try? ArticleFiles.read(files) else { fatalError("cannot read the articles") }
        let read = cpuMilliseconds()
        let briefing = Briefing(matcher: TermMatcher(concepts: []), summarizer: Summarizer(frequencies: nil))
        chosen = 0
        count = articles.count
        for article in articles { chosen += briefing.summary(of: article, budget: .sentences(5)).count }
        let done = cpuMilliseconds()
        best = (min(best.read, read - start), min(best.summarize, done - read))
        if first == nil { first = (read - start, done - read) }
    }
    print(String(format: "%d articles, %d sentences chosen: read %.2f ms, summarize %.2f ms (best CPU of 20, all threads);"
                 + " first round: read %.2f ms, summarize %.2f ms",
                 count, chosen, best.read, best.summarize, first?.read ?? 0, first?.summarize ?? 0))
    exit(0)
}
// `dragoman-bench stem FILE...` stems every word of FILE (its matching keys) 50 times on one
// core and prints the best nanoseconds a word and a checksum of the stems' lengths.
if CommandLine.arguments.count >= 3, CommandLine.arguments[1] == "stem" {
    var words: [[UInt8]] = []
    for file in CommandLine.arguments.dropFirst(2) {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
        let key = Normalizer.matchingKey.key(text)
        Tokenizer().scan(key) { kind, bytes, _ in if kind == .arabic { words.append(Array(bytes)) } }
    }
    let stemmer = LightStemmer()
    var best = Double.infinity
    var checksum = 0
    for _ in 0..<50 {
        checksum = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for word in words { checksum &+= word.withUnsafeBufferPointer { stemmer.stemRange(ofKey: $0).count } }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / Double(max(1, words.count)))
    }
    print(String(format: "%d words: %.1f ns a word (checksum %d)", words.count, best, checksum))
    exit(0)
}
// `dragoman-bench index FILE...` prints the search-index text of every line: a reference to
// diff after changing the index keys.
if CommandLine.arguments.count >= 3, CommandLine.arguments[1] == "index" {
    for file in CommandLine.arguments.dropFirst(2) {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
        for line in text.split(separator: "\n") { print(SearchKeys.indexText(ofKey: Normalizer.matchingKey.key(String(line)))) }
    }
    exit(0)
}

if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "tune" {
    tuneSummarizer(easc: CommandLine.arguments[2])
    exit(0)
}

/// `dragoman-bench tune EASC_DEV`: ROUGE-1/2 F of the summarizer under the EASC protocol for a
/// small grid of weights, on the dev folder only (the figures reported elsewhere come from
/// held-out data). Prints one line per setting, best ROUGE-1 last.
func tuneSummarizer(easc folder: String) {
    guard let corpus = try? EASCCorpus(folder: folder), let recipe = try? RougeRecipe(language: .arabic, stemming: false)
    else {
        FileHandle.standardError.write(Data("dragoman-bench: error: cannot read \(folder)\n".utf8))
        exit(1)
    }
    let evaluation = EASCProtocol(recipe: recipe, metrics: [.rouge1, .rouge2])
    func score(_ weights: SummarizerWeights) -> (Double, Double) {
        let ranker = SummarizerRanker(summarizer: Summarizer(weights: weights))
        var r1 = 0.0, r2 = 0.0
        for topic in corpus.topics {
            let result = evaluation.evaluate(sentences: topic.article.sentences, references: topic.references.map(\.text),
                                             ranker: ranker)
            r1 += result.scores[.rouge1]?.f ?? 0
            r2 += result.scores[.rouge2]?.f ?? 0
        }
        return (100 * r1 / Double(corpus.topics.count), 100 * r2 / Double(corpus.topics.count))
    }
    var results: [(String, Double, Double)] = []
    for position in [1.5, 2.0, 2.5] {
        for centrality in [0.0, 0.05, 0.1, 0.15, 0.25] {
            for salience in [0.4] {
                var weights = SummarizerWeights()
                weights.position = position
                weights.centrality = centrality
                weights.salience = salience
                let (r1, r2) = score(weights)
                results.append(("position \(position) centrality \(centrality) salience \(salience)", r1, r2))
            }
        }
    }
    for (name, r1, r2) in results.sorted(by: { $0.1 < $1.1 }) {
        print(String(format: "R1 %.2f  R2 %.2f  %@", r1, r2, name as NSString))
    }
}

if CommandLine.arguments.count == 4, CommandLine.arguments[1] == "memory" {
    benchmarkMemory(database: CommandLine.arguments[2], queries: CommandLine.arguments[3])
    exit(0)
}

/// `dragoman-bench memory DB QUERIES`: the latency of a memory look-up (candidates from the
/// index, then CAT match percentages), one query a line, in one process as a CAT tool would
/// call it; prints p50, p99 and the largest, and how many queries found a match.
func benchmarkMemory(database: String, queries path: String) {
    guard let store = try? Store(path: database), let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("dragoman-bench: error: cannot open \(database) or \(path)\n".utf8))
        exit(1)
    }
    let queries = text.split(separator: "\n").map(String.init)
    var latencies: [Double] = []
    var candidateLatencies: [Double] = []
    var found = 0
    var nearCopiesFound = 0
    func milliseconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }
    for query in queries {
        let start = DispatchTime.now().uptimeNanoseconds
        let hits = (try? store.memoryMatches(for: query, minimum: 70, top: 5)) ?? []
        latencies.append(milliseconds(since: start))
        if !hits.isEmpty { found += 1 }
        // The generator writes the near-copies (a unit with one word changed) first.
        if latencies.count <= 100, hits.contains(where: { $0.match.percent >= 70 }) { nearCopiesFound += 1 }
        if ProcessInfo.processInfo.environment["DRAGOMAN_BENCH_DUMP"] != nil {
            // Every hit with its percentage and differences, to diff after changing the matcher.
            for hit in hits { print("\(hit.unit.id)\t\(hit.match.percent)\t\(hit.match.differences)") }
        }
        // The candidate retrieval alone (SQLite), to tell it from the scoring.
        let again = DispatchTime.now().uptimeNanoseconds
        _ = try? store.memoryCandidates(for: query, limit: 20)
        candidateLatencies.append(milliseconds(since: again))
    }
    func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }
    let units = (try? store.memoryCount()) ?? 0
    print(String(format: "memory of %d units, %d queries: p50 %.2f ms, p99 %.2f ms, max %.2f ms; %d found a match of 70%% or more",
                 units, queries.count, percentile(latencies, 0.5), percentile(latencies, 0.99), latencies.max() ?? 0, found))
    print("  near-copies (the first 100 queries) matched at 70% or more: \(nearCopiesFound)")
    print(String(format: "  candidate retrieval alone: p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                 percentile(candidateLatencies, 0.5), percentile(candidateLatencies, 0.99), candidateLatencies.max() ?? 0))
    if ProcessInfo.processInfo.environment["DRAGOMAN_BENCH_DUMP"] != nil {
        for (query, latency) in zip(queries, candidateLatencies).sorted(by: { $0.1 > $1.1 }).prefix(5) {
            print(String(format: "slowest retrieval %.2f ms: ", latency) + query)
        }
    }
}

if (4...5).contains(CommandLine.arguments.count), CommandLine.arguments[1] == "match" {
    let runs = CommandLine.arguments.count == 5 ? Int(CommandLine.arguments[4]) ?? 3 : 3
    benchmarkMatcher(glossary: CommandLine.arguments[2], text: CommandLine.arguments[3], runs: max(1, runs))
    exit(0)
}

func benchmarkMatcher(glossary: String, text path: String, runs: Int) {
    // CPU time of this thread: on a shared machine, wall time also counts the other processes.
    func seconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        body()
        return now() - start
    }
    var concepts: [Concept] = []
    let reading = seconds {
        concepts = (try? GlossaryFiles.read([glossary], checkingConflicts: false).map(\.concept)) ?? []
    }
    var matcher = TermMatcher(concepts: [])
    let compiling = seconds { matcher = TermMatcher(concepts: concepts) }
    print(String(format: "glossary: %d concepts read in %.3f s, compiled in %.3f s", concepts.count, reading, compiling))
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("dragoman-bench: error: \(path): cannot read\n".utf8))
        exit(1)
    }
    let lines = text.split(separator: "\n").map(String.init)
    let megabytes = Double(text.utf8.count) / 1_000_000
    // The number of terms found and a fingerprint of what they are and where.
    func tally(_ matches: [TermMatch], into total: inout (count: Int, fingerprint: Int)) {
        for match in matches {
            total.count += 1
            total.fingerprint = total.fingerprint &* 31 &+ match.conceptIndex &* 1_000_003 &+ match.range.lowerBound &* 131
                &+ match.range.upperBound &+ Int(match.score * 100)
        }
    }
    let pass = ProcessInfo.processInfo.environment["DRAGOMAN_BENCH_PASS"]
    let timesMemo = pass != "afresh"
    let timesAfresh = pass != "memo"
    var withMemo = (count: 0, fingerprint: 0)
    var memoTime = Double.infinity
    var withoutMemo = (count: 0, fingerprint: 0)
    var plainTime = Double.infinity
    for _ in 0..<runs {
        if timesMemo {
            withMemo = (0, 0)
            memoTime = min(memoTime, seconds {
                let memo = TermMatchMemo()
                for line in lines { tally(matcher.matches(in: line, memo: memo), into: &withMemo) }
            })
        }
        if timesAfresh {
            withoutMemo = (0, 0)
            plainTime = min(plainTime, seconds {
                for line in lines { tally(matcher.matches(in: line), into: &withoutMemo) }
            })
        }
    }
    if timesMemo {
        print(String(format: "match, memo across lines:   %6.2f MB in %6.3f s  %6.1f MB/s  (%d terms, fingerprint %016lx)",
                     megabytes, memoTime, megabytes / memoTime, withMemo.count, withMemo.fingerprint))
    }
    if timesAfresh {
        print(String(format: "match, each line afresh:    %6.2f MB in %6.3f s  %6.1f MB/s  (%d terms, fingerprint %016lx)",
                     megabytes, plainTime, megabytes / plainTime, withoutMemo.count, withoutMemo.fingerprint))
    }
    if timesMemo && timesAfresh && withMemo != withoutMemo {
        FileHandle.standardError.write(Data("dragoman-bench: error: the memo changed the result\n".utf8))
        exit(1)
    }
}

func corpusText() -> String {
    let arguments = CommandLine.arguments.dropFirst()
    if let file = arguments.first, let text = try? String(contentsOfFile: file, encoding: .utf8) { return text }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpora")
    var pieces: [String] = []
    if let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
        for case let file as URL in files where file.pathExtension == "txt" && !file.path.hasSuffix(".en.txt") {
            if let text = try? String(contentsOf: file, encoding: .utf8) { pieces.append(text) }
        }
    }
    let one = pieces.joined(separator: "\n")
    guard !one.isEmpty else { return "" }
    return String(repeating: one + "\n", count: max(1, 50_000_000 / one.utf8.count))
}

func measure(_ label: String, bytes: Int, repeats: Int = 3, _ body: () -> Int) -> Int {
    var best = Double.infinity
    var result = 0
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        result = body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, seconds)
    }
    let megabytes = Double(bytes) / 1_000_000
    print(String(format: "%-34@ %8.1f MB in %6.3f s  %8.1f MB/s  (result %d)", label as NSString, megabytes, best,
                 megabytes / best, result))
    return result
}

let text = corpusText()
let bytes = text.utf8.count
guard bytes > 0 else {
    FileHandle.standardError.write(Data("dragoman-bench: error: no corpus text\n".utf8))
    exit(1)
}
// Split into article-sized chunks, as ingest sees them.
let chunks = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

// Independent check: the number of Arabic-letter runs, counted with plain Unicode properties.
let expectedArabicWords = chunks.reduce(0) { total, line in
    var count = 0
    var inWord = false
    for scalar in line.unicodeScalars {
        let isArabic = (0x0621...0x064A).contains(scalar.value) || (0x0671...0x06D3).contains(scalar.value)
            || (0x064B...0x065F).contains(scalar.value) || scalar.value == 0x0640 || scalar.value == 0x0670
        if isArabic && !inWord { count += 1 }
        inWord = isArabic
    }
    return total + count
}

_ = measure("normalise (matching key)", bytes: bytes) {
    chunks.reduce(0) { $0 + Normalizer.matchingKey.key($1).utf8.count }
}
_ = measure("normalise with offset map", bytes: bytes) {
    chunks.reduce(0) { $0 + Normalizer.matchingKey.normalize($1).origins.count }
}
let tokenizer = Tokenizer()
let arabicWords = measure("normalise + tokenise (scan)", bytes: bytes) {
    var count = 0
    for chunk in chunks {
        tokenizer.scan(Normalizer.matchingKey.key(chunk)) { kind, _, _ in if kind == .arabic { count += 1 } }
    }
    return count
}
_ = measure("normalise + tokenise (Token values)", bytes: bytes, repeats: 1) {
    chunks.reduce(0) { $0 + tokenizer.tokens(in: $1).count }
}
let sentences = measure("segment (ICU + rules)", bytes: bytes, repeats: 1) {
    chunks.reduce(0) { $0 + SentenceSegmenter().sentences(in: $1).count }
}
if arabicWords != expectedArabicWords {
    // Glued proclitics on codes and numbers (وAH-64, الـ10) are one non-Arabic token each.
    print("note: \(expectedArabicWords - arabicWords) Arabic runs were glued to codes or numbers (one token each)")
}
guard abs(arabicWords - expectedArabicWords) * 100 < expectedArabicWords, sentences > 0 else {
    FileHandle.standardError.write(Data("dragoman-bench: error: token count \(arabicWords) is far from \(expectedArabicWords)\n".utf8))
    exit(1)
}
