import Terminology

/// Reads glossary files (TSV, CSV, TBX) into concepts, with errors that name the file and line.
public enum GlossaryFiles {
    /// The concepts of `path` (or `-`), in `format`, else the format its extension names.
    ///
    /// - Throws: `InputError` naming the file and line of the first problem, or, when
    ///   `checkingConflicts`, a conflict (one Arabic form on two concepts) with both lines.
    public static func read(_ path: String, format: GlossaryFormat? = nil, checkingConflicts: Bool = true)
        throws(InputError) -> [GlossaryEntry]
    {
        let format = try self.format(of: path, given: format)
        return try read(text: try TextReader.read(path), of: path, format: format, checkingConflicts: checkingConflicts)
    }

    /// The format given, else the one the extension of `path` names.
    static func format(of path: String, given: GlossaryFormat?) throws(InputError) -> GlossaryFormat {
        guard let format = given ?? GlossaryFormat(pathExtension: String(FilePath.pathExtension(of: path))) else {
            throw InputError(file: path, "cannot tell the glossary format from the name; use --format tsv|csv|tbx")
        }
        return format
    }

    /// The concepts of `text`, already read from `path`, as `read(_:format:checkingConflicts:)` reads them.
    static func read(text: String, of path: String, format: GlossaryFormat, checkingConflicts: Bool)
        throws(InputError) -> [GlossaryEntry]
    {
        let entries: [GlossaryEntry]
        do {
            entries = try GlossaryReader.read(text, format: format)
        } catch {
            throw InputError(file: path, line: error.line, error.message)
        }
        if checkingConflicts, let conflict = GlossaryConflict.conflicts(in: entries).first {
            throw InputError(file: path, line: conflict.second.line,
                             describe(conflict, firstFile: path, secondFile: path))
        }
        return entries
    }

    /// The concepts of several files, in order; a conflict between two files names both.
    /// Reading a glossary only to match with it (`align --glossary`) may skip the conflict
    /// check: the matcher resolves an ambiguous form to its first concept.
    public static func read(_ paths: [String], format: GlossaryFormat? = nil, checkingConflicts: Bool = true)
        throws(InputError) -> [(concept: Concept, origin: String)]
    {
        var all: [(concept: Concept, origin: String)] = []
        var located: [GlossaryEntry] = []
        var files: [String] = []
        for path in paths {
            for entry in try read(path, format: format, checkingConflicts: checkingConflicts) {
                all.append((entry.concept, "\(path):\(entry.line)"))
                located.append(entry)
                files.append(path)
            }
        }
        if checkingConflicts, paths.count > 1, let conflict = GlossaryConflict.conflicts(in: located).first,
            let first = located.firstIndex(of: conflict.first), let second = located.lastIndex(of: conflict.second)
        {
            throw InputError(file: files[second], line: conflict.second.line,
                             describe(conflict, firstFile: files[first], secondFile: files[second]))
        }
        return all
    }

    /// `arabic form "بغداد" names two concepts: "Baghdad" (news.tsv:12) and "Baghdad governorate" (line 40)`.
    static func describe(_ conflict: GlossaryConflict, firstFile: String, secondFile: String) -> String {
        let place = firstFile == secondFile ? "line \(conflict.first.line)" : "\(firstFile):\(conflict.first.line)"
        return "\(conflict.language.rawValue) form \"\(conflict.form)\" names two concepts: "
            + "\"\(conflict.second.concept.english)\" here and \"\(conflict.first.concept.english)\" (\(place))"
    }

}
