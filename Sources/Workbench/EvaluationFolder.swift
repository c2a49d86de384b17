import Evaluation
import Foundation

/// The text files `dragoman eval` reads from a folder of system summaries or references.
enum EvaluationFolder {
    /// The regular `.txt` and `.md` files below `folder`, as paths relative to it with `/`
    /// between folders, sorted. Hidden files and folders (a name starting with `.`) and every
    /// other kind of entry (sockets, pipes, devices) are skipped. A symbolic link to a file is
    /// read; one to a folder is not followed (it could loop).
    ///
    /// - Throws: `InputError` when `folder` is missing, is a file, or cannot be read.
    /// - Complexity: O(f log f) for f entries, one `stat` for each link or entry of unknown type.
    static func textFiles(under folder: String) throws(InputError) -> [String] {
        guard let kind = FilePath.kind(of: folder) else { throw InputError(file: folder, "no such folder") }
        guard kind == .folder else { throw InputError(file: folder, "is a file, expected a folder") }
        var files: [String] = []
        try walk(folder, relative: "", into: &files)
        return files.sorted()
    }

    /// The full path of `relative` inside `folder`.
    static func path(_ relative: String, in folder: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    /// A folder's name as a report shows it: its last component (`runs/lead/` → `lead`).
    static func name(of folder: String) -> String {
        folder.split(separator: "/").last.map(String.init) ?? folder
    }

    private enum Kind { case file, folder, other }

    private static func walk(_ folder: String, relative: String, into files: inout [String]) throws(InputError) {
        let full = relative.isEmpty ? folder : path(relative, in: folder)
        guard let directory = opendir(full) else { throw InputError(file: full, "cannot be read (permissions?)") }
        defer { closedir(directory) }
        var subfolders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard !name.hasPrefix(".") else { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            switch kind(of: entry.pointee.d_type, path: { path(child, in: folder) }) {
            case .folder: subfolders.append(child)
            case .file: if ReferenceLayout.hasTextExtension(name) { files.append(child) }
            case .other: continue
            }
        }
        for subfolder in subfolders { try walk(folder, relative: subfolder, into: &files) }
    }

    /// The kind of a directory entry; `path` is built only when the entry's type must be looked up.
    private static func kind(of type: UInt8, path: () -> String) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .folder
        case Int32(DT_LNK): return isRegularFile(path()) ? .file : .other
        case Int32(DT_UNKNOWN):
            var status = stat()
            guard lstat(path(), &status) == 0 else { return .other }
            switch status.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .folder
            case S_IFLNK: return isRegularFile(path()) ? .file : .other
            default: return .other
            }
        default: return .other
        }
    }

    /// Whether `path` is a regular file, or a link to one.
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        return status.st_mode & S_IFMT == S_IFREG
    }
}

/// A folder held open, so files in it are opened by name relative to it (`openat`): the
/// kernel looks up one component per file instead of the whole path.
final class OpenFolder: Sendable {
    /// The folder's path as given.
    let path: String
    /// The open descriptor.
    let descriptor: Int32

    /// - Throws: `InputError` when the folder cannot be opened.
    init(_ path: String) throws(InputError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputError(file: path, "cannot be read (permissions?)") }
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
}
