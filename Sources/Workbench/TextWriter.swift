import Foundation

/// Writes a text file, for output that goes to a file rather than standard output.
public enum TextWriter {
    /// Writes `text` as UTF-8 to `path`, replacing the file as a whole (a reader never sees half of it).
    ///
    /// - Throws: `InputError` naming the path when it cannot be written.
    public static func write(_ text: String, to path: String) throws(InputError) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InputError(file: path, "cannot be written (no such folder, or permissions?)")
        }
    }
}
