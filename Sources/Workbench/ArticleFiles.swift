/// Articles named on the command line: files, folders (read as a corpus) or `-`.
public enum ArticleFiles {
    /// Every article of `paths`, in order; the first bad file stops the reading.
    ///
    /// - Throws: `InputError` naming the file and line.
    public static func read(_ paths: [String]) throws(InputError) -> [Article] {
        var articles: [Article] = []
        var failure: InputError?
        for path in paths {
            if path == "-" {
                let text = try TextReader.read("-")
                articles.append(Article(slug: "stdin", text: text, path: "-"))
                continue
            }
            CorpusReader(readsDatesInText: false).forEachArticle(in: [path]) { result in
                switch result {
                case .success(let article): articles.append(article)
                case .failure(let error): if failure == nil { failure = error }
                }
            }
            if let failure { throw failure }
        }
        if articles.isEmpty, let path = paths.first {
            throw InputError(file: path, "no articles found (expected .txt, .md or .jsonl files)")
        }
        return articles
    }
}
