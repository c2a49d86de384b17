#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The parts of a file path that Dragoman reads names from, worked out on the path's text as
/// Foundation's `NSString` path methods do for the paths a corpus holds (`lastPathComponent`,
/// `deletingPathExtension`, `pathExtension`, `deletingLastPathComponent`,
/// `appendingPathComponent`), without their cost: for a short article the `NSString` calls took
/// longer than reading it.
///
/// ```swift
/// FilePath.stem(of: "news/2024/gaza.ar.txt")          // "gaza.ar"
/// FilePath.sibling(of: "news/gaza.txt", named: "gaza.en.txt")  // "news/gaza.en.txt"
/// ```
public enum FilePath {
    /// What a path names in the file system.
    public enum Kind: Sendable, Equatable {
        case file
        case folder
    }

    /// What `path` names, following symbolic links, as `FileManager.fileExists(atPath:isDirectory:)`
    /// tells it (anything that is not a folder counts as a file); nil when it names nothing
    /// that can be reached. One `stat(2)`, without the file manager (whose first use sets up
    /// its shared instance: a cost `summarize` paid before reading a file).
    public static func kind(of path: String) -> Kind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & S_IFMT == S_IFDIR ? .folder : .file
    }

    /// What follows the last `/` (the whole path when there is none).
    public static func lastComponent(of path: String) -> Substring {
        guard let slash = path.lastIndex(of: "/") else { return path[...] }
        return path[path.index(after: slash)...]
    }

    /// The last component without its extension: `gaza.txt` → `gaza`, `.hidden` → `.hidden`,
    /// `trailing.` → `trailing`.
    public static func stem(of path: String) -> Substring {
        let name = lastComponent(of: path)
        guard let dot = extensionDot(in: name) else { return name }
        return name[..<dot]
    }

    /// The extension of the last component, without its dot; empty when it has none (a name
    /// that only begins with a dot has none).
    public static func pathExtension(of path: String) -> Substring {
        let name = lastComponent(of: path)
        guard let dot = extensionDot(in: name) else { return "" }
        return name[name.index(after: dot)...]
    }

    /// The path of the file called `name` in the folder of `path`.
    public static func sibling(of path: String, named name: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return name }
        return String(path[...slash]) + name
    }

    /// `name` inside `folder`.
    public static func joining(_ folder: String, _ name: String) -> String {
        folder.isEmpty || folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The dot that starts the extension of a file name: the last one, unless it is the first
    /// character (`.hidden` has no extension; `trailing.` has an empty one).
    private static func extensionDot(in name: Substring) -> Substring.Index? {
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return nil }
        return dot
    }
}
