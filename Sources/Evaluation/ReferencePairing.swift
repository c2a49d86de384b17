/// A system summary and its references, as paths relative to their folders.
public struct ReferencePair: Hashable, Sendable {
    /// The system summary's path.
    public let system: String
    /// The reference paths, in natural order (`a.2.txt` before `a.10.txt`).
    public let references: [String]

    public init(system: String, references: [String]) {
        self.system = system
        self.references = references
    }
}

/// What `ReferenceLayout.pair(systemFiles:referenceFiles:)` found: the pairs by stem and every
/// name left without a partner, so the caller can report each by name.
public struct ReferencePairing: Hashable, Sendable {
    /// Each stem that has a system summary and at least one reference.
    public let pairs: [String: ReferencePair]
    /// Stems of system summaries with no reference, in natural order.
    public let missingReferences: [String]
    /// Stems of references with no system summary, in natural order.
    public let missingSystems: [String]
    /// System files not used because another file has the same stem (`a.txt` and `a.md`):
    /// the one that sorts first is paired.
    public let ignoredSystemFiles: [String]

    public init(
        pairs: [String: ReferencePair], missingReferences: [String], missingSystems: [String],
        ignoredSystemFiles: [String] = []
    ) {
        self.pairs = pairs
        self.missingReferences = missingReferences
        self.missingSystems = missingSystems
        self.ignoredSystemFiles = ignoredSystemFiles
    }

    /// The stems that have pairs, in natural order.
    public var stems: [String] {
        pairs.keys.sorted(by: ReferenceLayout.naturalOrder)
    }
}
