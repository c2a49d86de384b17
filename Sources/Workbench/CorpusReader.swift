import ArabicText
import Foundation

/// Reads the corpus formats of DESIGN.md: folders of `.txt`/`.md` articles with optional front
/// matter and `.en.txt`/`.en.md` translation siblings, JSON Lines (one article per line), and
/// raw text. Articles are handed out one at a time, so a large corpus streams.
public struct CorpusReader: Sendable {
    /// The date for articles that carry none in their front matter (`--date`).
    public var date: CalendarDate?
    /// Whether an article with no date in its front matter or on the command line is dated by
    /// its path, else by the first Arabic date in its text. Ingest needs it; a summary of files
    /// does not, and reading a long text for dates costs more than summarising it.
    public var findsDates: Bool

    public init(date: CalendarDate? = nil, findsDates: Bool = true) {
        self.date = date
        self.findsDates = findsDates
    }

    static let articleExtensions: Set<String> = ["txt", "md"]
    static let translationSuffixes = [".en.txt", ".en.md"]

    /// Calls `body` with every article under `paths` (files or folders, in sorted order), or
    /// with the error that kept one from being read; a bad file never stops the others.
    public func forEachArticle(in paths: [String], _ body: (Result<Article, InputError>) -> Void) {
        for file in Self.files(in: paths) {
            switch file {
            case .success(let file): read(file, body)
            case .failure(let error): body(.failure(error))
            }
        }
    }

    /// The files under `paths`, in order: a file as itself, a folder as its article files
    /// (sorted); a path that names nothing as its error.
    static func files(in paths: [String]) -> [Result<String, InputError>] {
        paths.flatMap { path -> [Result<String, InputError>] in
            switch FilePath.kind(of: path) {
            case nil: [.failure(InputError(file: path, "no such file or folder"))]
            case .folder: corpusFiles(under: path).map { .success($0) }
            case .file: [.success(path)]
            }
        }
    }

    /// The article files below a folder, sorted, translations and read-me files left out.
    static func corpusFiles(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = FilePath.lastComponent(of: relative)
            let ext = FilePath.pathExtension(of: relative).lowercased()
            guard !name.hasPrefix("."), !name.lowercased().hasPrefix("readme"),
                articleExtensions.contains(ext) || ext == "jsonl",
                !translationSuffixes.contains(where: { name.lowercased().hasSuffix($0) })
            else { continue }
            let full = FilePath.joining(folder, relative)
            if FilePath.kind(of: full) == .file { files.append(full) }
        }
        return files.sorted()
    }

    /// Calls `body` with each article of `file` (one, or one a line of JSON Lines) or with the
    /// error that kept it from being read.
    func read(_ file: String, _ body: (Result<Article, InputError>) -> Void) {
        if file.lowercased().hasSuffix(".jsonl") {
            readJSONLines(file, body)
        } else {
            body(Result { () throws(InputError) -> Article in try readTextArticle(file) })
        }
    }

    /// A `.txt`/`.md` article with optional front matter and translation sibling.
    func readTextArticle(_ file: String) throws(InputError) -> Article {
        let text = try TextReader.read(file)
        let matter = try FrontMatter.parse(text, file: file)
        let body = String(matter.body)
        guard body.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw InputError(file: file, line: matter.bodyLine, "no article text after the front matter")
        }
        let stem = String(FilePath.stem(of: file))
        var translation: String? = nil
        for suffix in Self.translationSuffixes {
            let sibling = FilePath.sibling(of: file, named: stem + suffix)
            if access(sibling, F_OK) == 0 {
                let english = try TextReader.read(sibling)
                translation = String(try FrontMatter.parse(english, file: sibling).body)
                break
            }
        }
        let fields = matter.fields
        return Article(
            slug: fields["slug"].flatMap { $0.isEmpty ? nil : $0 } ?? stem,
            date: fields["date"].flatMap { CalendarDate(iso: $0) } ?? resolveDate(path: file, text: body),
            source: fields["source"], title: fields["title"], url: fields["url"],
            language: fields["lang"] ?? fields["language"] ?? "ar",
            text: body, translation: translation, path: file)
    }

    /// The date of an article without one of its own: `--date`, else (when the reader finds
    /// dates) a date in its path, else the first Arabic date in its text.
    func resolveDate(path: String, text: String) -> CalendarDate? {
        guard date == nil, findsDates else { return date }
        return Self.date(inPath: path) ?? ArabicDateParser().firstDate(in: text)?.date
    }

    /// A `YYYY/MM/DD` run of folders or a `YYYY-MM-DD` anywhere in the path.
    static func date(inPath path: String) -> CalendarDate? {
        let components = path.split(separator: "/").map(String.init)
        if components.count >= 3 {
            for index in 0...(components.count - 3) {
                let (y, m, d) = (components[index], components[index + 1], components[index + 2])
                // The day folder may be a file name that starts with the day: `12.txt`, `12-x.txt`.
                let dayDigits = d.prefix(while: \.isNumber)
                if y.count == 4, m.count == 2, dayDigits.count == 2, let year = Int(y), let month = Int(m),
                    let day = Int(dayDigits), let date = CalendarDate(year: year, month: month, day: day)
                {
                    return date
                }
            }
        }
        let scalars = Array(path.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        for start in 0...(scalars.count - 10) where scalars[start + 4] == "-" && scalars[start + 7] == "-" {
            let candidate = String(String.UnicodeScalarView(scalars[start..<(start + 10)]))
            let before = start > 0 ? scalars[start - 1] : " "
            let after = start + 10 < scalars.count ? scalars[start + 10] : " "
            if before.properties.numericType == nil, after.properties.numericType == nil,
                let date = CalendarDate(iso: candidate)
            {
                return date
            }
        }
        return nil
    }

    /// One article per line: `{"id", "date", "source", "title", "text", "translation"?}`.
    private func readJSONLines(_ file: String, _ body: (Result<Article, InputError>) -> Void) {
        guard var reader = LineReader(path: file) else {
            body(.failure(InputError(file: file, "cannot be read (permissions?)")))
            return
        }
        defer { reader.close() }
        var sawArticle = false
        while let line = reader.next() {
            let number = reader.lineNumber
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            sawArticle = true
            body(Result { () throws(InputError) -> Article in
                try jsonArticle(line, file: file, line: number)
            })
        }
        if !sawArticle { body(.failure(InputError(file: file, "empty file, expected one JSON object per line"))) }
    }

    private func jsonArticle(_ data: Data, file: String, line: Int) throws(InputError) -> Article {
        let where_ = "\(file):\(line)"
        try TextReader.validate(line: data, file: file, line: line)  // named offsets for bad UTF-8
        guard let object = try? JSONSerialization.jsonObject(with: data) else {
            throw InputError(file: file, line: line, "not valid JSON")
        }
        guard let fields = object as? [String: Any] else {
            throw InputError(file: file, line: line, "expected a JSON object")
        }
        func string(_ key: String) throws(InputError) -> String? {
            guard let value = fields[key], !(value is NSNull) else { return nil }
            if let text = value as? String { return text }
            if key == "id", let number = value as? NSNumber { return number.stringValue }
            throw InputError(file: file, line: line, "field '\(key)' must be a string")
        }
        guard let text = try string("text"), text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw InputError(file: file, line: line, "missing field 'text'")
        }
        var date: CalendarDate? = nil
        if let written = try string("date") {
            guard let parsed = CalendarDate(iso: written) else {
                throw InputError(file: file, line: line, "impossible date '\(written)', expected YYYY-MM-DD")
            }
            date = parsed
        }
        let slug = try string("id") ?? "\(FilePath.stem(of: file))-\(line)"
        return Article(
            slug: slug, date: date ?? resolveDate(path: file, text: text), source: try string("source"),
            title: try string("title"), url: try string("url"), language: try string("lang") ?? "ar",
            text: text, translation: try string("translation"), path: where_)
    }
}
