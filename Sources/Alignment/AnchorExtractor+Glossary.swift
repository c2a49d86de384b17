import ArabicText
import Terminology

extension AnchorExtractor {
    /// The glossary concepts of each sentence, being found on another thread.
    typealias PendingConcepts = Prefetch<[[Int]]>

    /// Starts finding the glossary's terms in Arabic sentences, on another thread: the term
    /// matcher is the slowest reader of a document.
    static func startMatching(_ sentences: [String], with matcher: TermMatcher) -> PendingConcepts {
        PendingConcepts {
            let memo = TermMatchMemo()
            return sentences.map { sentence in matcher.matches(in: sentence, memo: memo).map(\.conceptIndex) }
        }
    }

    /// Starts finding the glossary's English forms in English sentences, on another thread.
    static func startFinding(_ sentences: [String], with finder: EnglishTermFinder) -> PendingConcepts {
        PendingConcepts { sentences.map { finder.concepts(in: $0) } }
    }
}
