import ArabicText

/// Articles named on the command line: files, folders (read as a corpus) or `-`.
public enum ArticleFiles {
    /// Every article of `paths`, in order (a folder's files sorted, a JSON Lines file's lines in
    /// turn). Paths that name nothing are reported before anything is read; then standard input
    /// is read, then the files on all cores. The error is the first bad file in that order.
    ///
    /// - Throws: `InputError` naming the file and line.
    public static func read(_ paths: [String]) throws(InputError) -> [Article] {
        try read(paths) { $0 }
    }

    /// What `transform` makes of every article of `paths`, in order, read as `read(_:)` reads
    /// them. An article alone in its file is transformed by the core that read it, as soon as
    /// it is read (a summary of many files waits for no file but its own), and its text is let
    /// go then; the articles of a JSON Lines file, many from one read, are transformed
    /// afterwards on all cores.
    ///
    /// - Throws: `InputError` naming the file and line.
    public static func read<Value: Sendable>(
        _ paths: [String], each transform: @Sendable (Article) -> Value
    ) throws(InputError) -> [Value] {
        let reader = CorpusReader(findsDates: false)
        var inputs: [Input] = []
        var standardInputs = 0
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput(standardInputs))
                standardInputs += 1
                continue
            }
            for file in CorpusReader.files(in: [path]) {
                switch file {
                case .success(let file): inputs.append(.file(file))
                case .failure(let error): throw error
                }
            }
        }
        // Standard input is read here, in turn for each `-`: a second one finds it empty and is
        // an error, as when everything was read in turn.
        let standardInput = (0..<standardInputs).map { _ in
            Result { () throws(InputError) -> Article in Article(slug: "stdin", text: try TextReader.read("-"), path: "-") }
        }
        let read = inputs.concurrentMap { input -> [Item<Value>] in
            var articles: [Result<Article, InputError>] = []
            switch input {
            case .standardInput(let number): articles = [standardInput[number]]
            case .file(let path): reader.read(path) { articles.append($0) }
            }
            let alone = articles.count == 1
            return articles.map { article in
                switch article {
                case .success(let article): alone ? .done(transform(article)) : .pending(article)
                case .failure(let error): .failure(error)
                }
            }
        }
        // Plain loops rather than `joined()`, `zip` and key paths: this function is not
        // specialised, and each of those makes the runtime look up a conformance the first time,
        // scanning every conformance record of the executable (about 0.1 ms each).
        var items: [Item<Value>] = []
        for batch in read { for item in batch { items.append(item) } }
        // The articles that came many from one read, on all cores.
        var pendingIndices: [Int] = []
        var pendingArticles: [Article] = []
        for index in items.indices {
            if case .pending(let article) = items[index] {
                pendingIndices.append(index)
                pendingArticles.append(article)
            }
        }
        let values = pendingArticles.concurrentMap(transform)
        for position in values.indices { items[pendingIndices[position]] = .done(values[position]) }
        var results: [Value] = []
        for item in items {
            switch item {
            case .done(let value): results.append(value)
            case .failure(let error): throw error
            case .pending: break  // every pending article was transformed above
            }
        }
        if results.isEmpty, let path = paths.first {
            throw InputError(file: path, "no articles found (expected .txt, .md or .jsonl files)")
        }
        return results
    }

    private enum Input: Sendable {
        /// The first, second... `-`.
        case standardInput(Int)
        case file(String)
    }

    private enum Item<Value: Sendable>: Sendable {
        case done(Value)
        case pending(Article)
        case failure(InputError)
    }
}
