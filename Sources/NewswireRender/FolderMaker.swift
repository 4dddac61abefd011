#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates folders and makes their entries durable.
enum FolderMaker {
    /// Creates `folder` and its missing parents (mode 0755); existing folders are fine.
    static func makeFolders(_ folder: String) throws(OutputError) {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw OutputError(path: folder, reason: "create folder: \(String(cString: strerror(ENOTDIR)))",
                                  code: ENOTDIR)
            }
            return
        }
        if let slash = folder.lastIndex(of: "/"), slash != folder.startIndex {
            try makeFolders(String(folder[..<slash]))
        }
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
            throw .system("create folder", path: folder)
        }
    }

    /// fsyncs `folder` so a rename or unlink inside it survives a crash.
    static func syncFolder(_ folder: String, path: String) throws(OutputError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .system("open folder", path: folder) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw .system("fsync folder", path: path) }
    }
}
