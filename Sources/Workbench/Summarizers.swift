import Evaluation

/// What a summarizer is given to rank one document's sentences under `dragoman eval --easc`.
public struct SummarizerContext: Sendable {
    /// The document's name in the report (`Topic12`).
    public let document: String
    /// The document's reference summaries, one sentence a line (the oracle reads them).
    public let references: [String]
    /// The protocol the summary is scored under (its tokenizer, combination and budget).
    public let evaluation: EASCProtocol
    /// The random baseline's seed for this document: `--seed` in the high 32 bits, the topic
    /// number in the low ones, so an article's random summary does not depend on which other
    /// topics are in the folder.
    public let seed: UInt64

    public init(document: String, references: [String], evaluation: EASCProtocol, seed: UInt64) {
        self.document = document
        self.references = references
        self.evaluation = evaluation
        self.seed = seed
    }
}

/// The summarizers `dragoman eval --easc --summarizers NAME,…` can run, by name: the one place
/// a new summarizer is registered.
///
/// ```swift
/// Summarizers.names                                    // ["dragoman", "lead", "oracle", "random"]
/// let ranker = Summarizers.registry["lead"]?(context)  // LeadRanker()
/// ```
public enum Summarizers {
    /// Makes the ranker for one document.
    public typealias Maker = @Sendable (SummarizerContext) -> any SentenceRanker

    /// Every summarizer by name. Add one with one line.
    public static let registry: [String: Maker] = [
        "lead": { _ in LeadRanker() },
        "random": { RandomRanker(seed: $0.seed) },
        "oracle": { $0.evaluation.oracle(references: $0.references) },
        // Dragoman's own summarizer; EASC articles come without a title or a glossary.
        "dragoman": { _ in SummarizerRanker() },
    ]

    /// The registered names, sorted.
    public static var names: [String] {
        registry.keys.sorted()
    }

    /// The makers for `names`, in the order given.
    ///
    /// - Throws: `UnknownSummarizerError` for the first name that is not registered.
    public static func makers(named names: [String]) throws(UnknownSummarizerError) -> [(name: String, maker: Maker)] {
        var makers: [(name: String, maker: Maker)] = []
        for name in names {
            guard let maker = registry[name] else { throw UnknownSummarizerError(name: name, known: Self.names) }
            makers.append((name, maker))
        }
        return makers
    }
}

/// A summarizer name that is not in `Summarizers.registry`.
public struct UnknownSummarizerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name asked for.
    public let name: String
    /// The names that exist, sorted.
    public let known: [String]

    public var description: String {
        "unknown summarizer '\(name)', expected one of: \(known.joined(separator: ", "))"
    }
}
