import ArabicText

/// Articles named on the command line: files, folders (read as a corpus) or `-`.
public enum ArticleFiles {
    /// Every article of `paths`, in order; the first bad file (in that order) stops the reading.
    /// Folders are listed first, then the files are read on all cores.
    ///
    /// - Throws: `InputError` naming the file and line.
    public static func read(_ paths: [String]) throws(InputError) -> [Article] {
        let reader = CorpusReader(readsDatesInText: false)
        // `-` is standard input, read here (once read, it is empty: a second `-` is an error,
        // as it was when everything was read in turn); anything else a file or a folder.
        let inputs = paths.flatMap { path -> [Input] in
            guard path == "-" else { return CorpusReader.files(in: [path]).map { .file($0) } }
            return [.read(Result { () throws(InputError) -> Article in
                Article(slug: "stdin", text: try TextReader.read("-"), path: "-")
            })]
        }
        let read = inputs.concurrentMap { input -> [Result<Article, InputError>] in
            switch input {
            case .read(let article): return [article]
            case .file(.failure(let error)): return [.failure(error)]
            case .file(.success(let path)):
                var articles: [Result<Article, InputError>] = []
                reader.read(path) { articles.append($0) }
                return articles
            }
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
