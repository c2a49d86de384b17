import Foundation

/// A fresh temporary folder for one test, removed afterwards.
public final class Scratch {
    public let url: URL

    public init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    public func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Writes `data` at `relative`, creating folders; returns the full path.
    @discardableResult
    public func write(_ relative: String, _ data: Data) -> String {
        let file = url.appendingPathComponent(relative)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: file)
        return file.path
    }

    /// Writes `text` as UTF-8 at `relative`; returns the full path.
    @discardableResult
    public func write(_ relative: String, _ text: String) -> String { write(relative, Data(text.utf8)) }
}

/// `text[range]` with Unicode scalar offsets, as Python's `str` slicing.
public func slice(_ text: String, _ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
}
