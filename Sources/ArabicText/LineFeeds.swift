extension String {
    /// The text with every line feed replaced by `separator`, to show a multi-line segment on one
    /// line (`" "`, or `" ⏎ "` to keep the break visible). A text without one is returned as it
    /// is; no Foundation string search (which cost summaries 7% of their run).
    ///
    /// ```swift
    /// "سطر\nوسطر".replacingLineFeeds(with: " ⏎ ")   // "سطر ⏎ وسطر"
    /// ```
    public func replacingLineFeeds(with separator: String) -> String {
        // Over the contiguous bytes when there are (always, for a native string), not index by
        // index through `utf8`, which checks every index it steps to.
        let hasLineFeed = utf8.withContiguousStorageIfAvailable { $0.contains(0x0A) } ?? utf8.contains(0x0A)
        guard hasLineFeed else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + separator.utf8.count * 4)
        var first = true
        for line in utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if !first { result += separator }
            first = false
            result += Substring(line)
        }
        return result
    }
}
