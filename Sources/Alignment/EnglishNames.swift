import ArabicText

/// The names of an English document, and the Arabic words that may write them: a capitalised
/// word is a name unless it is a function word or only ever capitalised at the start of a
/// sentence while written in lower case elsewhere.
///
/// An Arabic word meets a name when their consonant skeletons are equal, or one edit apart
/// when the longer has four consonants or more (`NameSkeleton`); the word is tried as it stands
/// and without its proclitics (`لسينسبري` → `سينسبري`, Sainsbury). The anchor's quality is lower
/// for a fuzzy meeting and for short skeletons, which meet by chance more often.
///
/// - Complexity: O(w·s²) for w Arabic word types of s letters, besides the hashing.
struct EnglishNames {
    private struct Candidate {
        var capitalizedInside = false
        var capitalizedFirst = false
        var lowercase = false
        /// Sentences where the word is capitalised.
        var sentences: [Int32] = []
    }

    private var candidates: [String: Candidate] = [:]

    /// Words that start sentences or titles in capitals without being names.
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "if", "as", "at", "by", "for", "from", "in",
        "into", "of", "on", "onto", "to", "with", "without", "about", "after", "before", "since", "until", "while",
        "when", "where", "which", "who", "whom", "whose", "what", "why", "how", "that", "this", "these", "those",
        "there", "here", "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "we", "us",
        "our", "you", "your", "i", "me", "my", "mr", "mrs", "ms", "dr", "sir", "is", "was", "are", "were", "be",
        "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must",
        "shall", "should", "not", "no", "yes", "all", "some", "many", "most", "more", "one", "also", "then", "now",
        "today", "said", "says", "new", "last", "first", "other", "such", "than", "over", "under", "up", "down",
        "out", "off", "just", "only", "very", "even", "still", "however", "meanwhile", "both", "each", "every",
    ]

    /// Notes a word of an English sentence. In a headline in title case (`Thieves Take $26,750
    /// During ATM Refill`) every word counts as initial: capitals there say nothing.
    mutating func note(_ key: String, capitalized: Bool, initial: Bool, sentence: Int) {
        guard !Self.functionWords.contains(key) else { return }
        var candidate = candidates[key] ?? Candidate()
        if capitalized {
            if initial { candidate.capitalizedFirst = true } else { candidate.capitalizedInside = true }
            if candidate.sentences.last != Int32(sentence) { candidate.sentences.append(Int32(sentence)) }
        } else {
            candidate.lowercase = true
        }
        candidates[key] = candidate
    }

    /// An English name without a transliterated Arabic article (`al-Sadr` → `sadr`).
    static func withoutArticle(_ key: String) -> String {
        for article in ["al-", "el-", "ad-", "as-", "an-", "ar-", "at-", "ash-"] where key.hasPrefix(article) && key.count > article.count + 2 {
            return String(key.dropFirst(article.count))
        }
        return key
    }

    /// Files the names whose skeletons Arabic words share as `.name` anchors on both sides.
    func link(arabicWordTypes: [String: Int32], sentenceWords: [[Int32]], into anchors: inout DocumentAnchors) {
        var index = SkeletonIndex()
        var namesBySkeleton: [Int32: [Int32]] = [:]  // skeleton → English sentences
        for (key, candidate) in candidates.sorted(by: { $0.key < $1.key }) {
            guard candidate.capitalizedInside || (candidate.capitalizedFirst && !candidate.lowercase) else { continue }
            let skeleton = Array(NameSkeleton.latin(Self.withoutArticle(key)).utf8)
            guard skeleton.count >= 2 else { continue }
            let id = index.insert(skeleton)
            namesBySkeleton[id, default: []].append(contentsOf: candidate.sentences)
        }
        guard !namesBySkeleton.isEmpty else { return }

        // How many Arabic sentences hold each word type: a word far more frequent than a name
        // is a common word that happens to share the name's consonants.
        var typeFrequency = [Int](repeating: 0, count: arabicWordTypes.count)
        for words in sentenceWords { for type in Set(words) { typeFrequency[Int(type)] += 1 } }
        let analyzer = CliticAnalyzer(options: .proclitics)
        var meetings = Array(repeating: [(id: Int32, quality: Float)](), count: arabicWordTypes.count)
        var met: Set<Int32> = []
        var found: [(id: Int32, exact: Bool)] = []
        for (word, type) in arabicWordTypes {
            found.removeAll(keepingCapacity: true)
            var tried: Set<[UInt8]> = []
            for analysis in analyzer.analyses(of: word) {
                // The article is never part of a name's skeleton: `الصدر` meets `Sadr` (and
                // `al-Sadr`, whose `al-` is cut too), while with it every `ال` word would
                // meet every English word in L (`المتحدة` ~ `Limited`).
                if analysis.stem.hasPrefix("ال") || analysis.stem.hasPrefix("لل") { continue }
                let skeleton = Array(NameSkeleton.arabic(analysis.stem.unicodeScalars).utf8)
                guard skeleton.count >= 2, tried.insert(skeleton).inserted else { continue }
                index.matches(of: skeleton, into: &found)
            }
            for match in found {
                let length = index.skeletons[Int(match.id)].count
                // One edit from a short name meets common words by chance (`SkeletonIndex`).
                if !match.exact && length < SkeletonIndex.shortestFuzzy { continue }
                if typeFrequency[Int(type)] > 2 * (namesBySkeleton[match.id]?.count ?? 0) + 2 { continue }
                let quality: Float = (match.exact ? 1 : 0.6) * (length <= 2 ? 0.6 : length == 3 ? 0.85 : 1)
                if let existing = meetings[Int(type)].firstIndex(where: { $0.id == match.id }) {
                    meetings[Int(type)][existing].quality = max(meetings[Int(type)][existing].quality, quality)
                } else {
                    meetings[Int(type)].append((match.id, quality))
                }
                met.insert(match.id)
            }
        }
        var anchorIDs: [Int32: Int32] = [:]
        for skeleton in met.sorted() {
            let key = "s:" + String(decoding: index.skeletons[Int(skeleton)], as: UTF8.self)
            let id = anchors.id(of: key, kind: .name)
            anchorIDs[skeleton] = id
            for sentence in namesBySkeleton[skeleton] ?? [] { anchors.addEnglish(id, sentence: Int(sentence)) }
        }
        for (sentence, words) in sentenceWords.enumerated() {
            for type in words {
                for meeting in meetings[Int(type)] {
                    guard let id = anchorIDs[meeting.id] else { continue }
                    anchors.addArabic(id, quality: meeting.quality, sentence: sentence)
                }
            }
        }
    }
}
