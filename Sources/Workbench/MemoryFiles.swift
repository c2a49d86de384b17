import Alignment

/// Reads translation-memory files (TMX 1.4b, or TSV `arabic<TAB>english`).
public enum MemoryFiles {
    /// The formats a memory file may have.
    public enum Format: String, Sendable, CaseIterable {
        case tmx, tsv
    }

    /// The units of `path`: nothing when any part of the file is bad.
    ///
    /// - Throws: `InputError` with the file and line of the first problem.
    public static func read(_ path: String, format: Format? = nil) throws(InputError) -> TranslationMemoryFile {
        let guessed = format ?? Format(rawValue: FilePath.pathExtension(of: path).lowercased())
        guard let format = guessed else {
            throw InputError(file: path, "cannot tell the memory format from the name; use --format tmx|tsv")
        }
        let text = try TextReader.read(path)
        do {
            switch format {
            case .tmx: return try TMXReader.read(text)
            case .tsv: return TranslationMemoryFile(header: TMXHeader(), units: try TSVMemory.read(text))
            }
        } catch {
            throw InputError(file: path, line: error.line, error.message)
        }
    }
}
