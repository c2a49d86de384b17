import Terminology

extension Store {
    /// Reads glossary files and adds their concepts to the workbench in one transaction.
    /// A concept with the English term of a stored one replaces it.
    ///
    /// - Throws: `InputError` for a bad file or a conflict (an Arabic form that would name two
    ///   concepts, within the files or against the workbench), naming both places; nothing is
    ///   imported then.
    public func importGlossary(files: [String], format: GlossaryFormat? = nil) throws -> GlossaryImportReport {
        let incoming = try GlossaryFiles.read(files, format: format)
        let replacing = Set(incoming.map(\.concept.english))
        let stored = try concepts().filter { !replacing.contains($0.concept.english) }
        // Stored concepts first (line 0), so a conflict names the incoming row second.
        let entries = stored.map { GlossaryEntry(concept: $0.concept, line: 0) }
            + incoming.map { GlossaryEntry(concept: $0.concept, line: 1) }
        for conflict in GlossaryConflict.conflicts(in: entries) where conflict.first.line == 0 {
            let origin = incoming.first { $0.concept == conflict.second.concept }?.origin ?? files[0]
            let holder = stored.first { $0.concept == conflict.first.concept }
            throw InputError(
                file: origin, "\(conflict.language.rawValue) form \"\(conflict.form)\" of \"\(conflict.second.concept.english)\" already names \"\(conflict.first.concept.english)\" in the workbench\(holder?.origin.map { " (from \($0))" } ?? ""); remove one first")
        }
        return try importGlossary(incoming.map { (concept: $0.concept, origin: Optional($0.origin)) })
    }
}
