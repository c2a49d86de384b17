import ArabicText

/// Articles named on the command line: files, folders (read as a corpus) or `-`.
public enum ArticleFiles {
    /// Every article of `paths`, in order; the first bad file (in that order) stops the reading.
    /// Folders are listed first, then the files are read on all cores.
    ///
    /// - Throws: `InputError` naming the file and line.
    public static func read(_ paths: [String]) throws(InputError) -> [Article] {
        try read(paths) { _ in () }.map(\.article)
    }

    /// Every article of `paths` with what `transform` makes of it, in order: each article is
    /// transformed by the core that read it, as soon as it is read (a summary of many files
    /// waits for no file but its own). The first bad file (in order) stops the reading.
    ///
    /// - Throws: `InputError` naming the file and line.
    public static func read<Value: Sendable>(
        _ paths: [String], each transform: @Sendable (Article) -> Value
    ) throws(InputError) -> [(article: Article, value: Value)] {
        let reader = CorpusReader(readsDatesInText: false)
        // `-` is standard input, read here (once read, it is empty: a second `-` is an error,
        // as it was when everything was read in turn); anything else a file or a folder.
        let inputs = paths.flatMap { path -> [Input] in
            guard path == "-" else { return CorpusReader.files(in: [path]).map { .file($0) } }
            return [.read(Result { () throws(InputError) -> Article in
                Article(slug: "stdin", text: try TextReader.read("-"), path: "-")
            })]
        }
        let read = inputs.concurrentMap { input -> [Result<(article: Article, value: Value), InputError>] in
            var articles: [Result<Article, InputError>] = []
            switch input {
            case .read(let article): articles = [article]
            case .file(.failure(let error)): articles = [.failure(error)]
            case .file(.success(let path)): reader.read(path) { articles.append($0) }
            }
            return articles.map { $0.map { ($0, transform($0)) } }
        }
        let articles = try read.joined().map { result throws(InputError) in try result.get() }
        if articles.isEmpty, let path = paths.first {
            throw InputError(file: path, "no articles found (expected .txt, .md or .jsonl files)")
        }
        return articles
    }

    private enum Input: Sendable {
        case read(Result<Article, InputError>)
        case file(Result<String, InputError>)
    }
}
