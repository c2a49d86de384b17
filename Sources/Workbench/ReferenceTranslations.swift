import ArabicText
import Foundation
import Terminology

/// Where `dragoman align` finds the English of an Arabic file's sentences: the article's own
/// English version beside it (`STEM.en.txt`, paired sentence by sentence), else the
/// workbench's translation memory.
public enum ReferenceTranslations {
    /// The English sibling of `path` (`a.txt` → `a.en.txt`, `.en.md`), if it exists.
    public static func englishSibling(of path: String) -> String? {
        guard path != "-" else { return nil }
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().path
        return ["\(stem).en.txt", "\(stem).en.md"].first { FilePath.kind(of: $0) != nil }
    }

    /// The translations of `sentences` from the English file at `english`, paired with them.
    public static func parallel(_ sentences: [Sentence], english: String, matcher: TermMatcher) throws(InputError)
        -> [Int: ReferenceTranslation]
    {
        let text = try TextReader.read(english)
        let body = String((try FrontMatter.parse(text, file: english)).body)
        var translations: [Int: ReferenceTranslation] = [:]
        let metadata = Set(sentences.filter { $0.kind == .metadata }.map(\.index))
        for unit in ParallelDocuments(matcher: matcher).units(arabic: sentences, english: ParallelDocuments.englishSentences(of: body)) {
            for index in unit.arabicSentences where !metadata.contains(index) {
                translations[index] = ReferenceTranslation(english: unit.english, score: unit.score, origin: .parallel)
            }
        }
        return translations
    }

    /// The translations of `sentences` from the memory (best match at or above `minimum`).
    public static func memory(_ sentences: [Sentence], store: Store, minimum: Int = 75) throws(StoreError)
        -> [Int: ReferenceTranslation]
    {
        var translations: [Int: ReferenceTranslation] = [:]
        guard try store.memoryCount() > 0 else { return translations }
        for sentence in sentences where sentence.kind != .metadata {
            translations[sentence.index] = try store.memoryTranslation(of: sentence.text, minimum: minimum)
        }
        return translations
    }
}
