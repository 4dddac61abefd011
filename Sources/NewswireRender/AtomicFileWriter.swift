import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces files atomically, and only when their bytes change: a reader sees the old file or
/// the new one, never a part, and an unchanged file keeps its inode and modification time.
public struct AtomicFileWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Writes `data` to `path` unless the file already holds exactly these bytes.
    /// Returns whether the file was written. Missing folders are created.
    @discardableResult
    public func write(_ data: Data, to path: String) throws(OutputError) -> Bool {
        if Self.fileHolds(data, at: path) { return false }
        let tempPath = try writeTempFile(data, for: path)
        guard rename(tempPath, path) == 0 else {
            let failure = OutputError.system("rename", path: path)
            unlink(tempPath)
            throw failure
        }
        try FolderMaker.syncFolder(Self.folder(of: path), path: path)
        return true
    }

    /// Writes `data` to a new temp file beside `path`, durable (fsynced) and not yet renamed; returns its path.
    /// Missing folders are created.
    func writeTempFile(_ data: Data, for path: String) throws(OutputError) -> String {
        let folder = Self.folder(of: path)
        try FolderMaker.makeFolders(folder)
        let tempPath = folder + "/" + Self.tempName(for: path)
        if try !writeUnnamedFile(data, in: folder, naming: tempPath, for: path) {
            let fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw .system("create \(tempPath)", path: path) }
            do throws(OutputError) {
                try Self.fill(fd, with: data, path: path)
            } catch {
                close(fd)
                unlink(tempPath)
                throw error
            }
            guard close(fd) == 0 else {
                let failure = OutputError.system("close", path: path)
                unlink(tempPath)
                throw failure
            }
        }
        return tempPath
    }

    /// Writes `data` to a nameless file in `folder` and links it as `tempPath` once whole; false where the
    /// system has no nameless files (or no `/proc` to name one through). Creating a nameless file does not
    /// hold the folder's lock, so threads writing into one folder allocate their files side by side.
    private func writeUnnamedFile(_ data: Data, in folder: String, naming tempPath: String,
                                  for path: String) throws(OutputError) -> Bool {
        let fd = Self.openUnnamedFile(in: folder)
        guard fd >= 0 else { return false }
        do throws(OutputError) {
            try Self.fill(fd, with: data, path: path)
        } catch {
            close(fd)
            throw error
        }
        guard linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, tempPath, AT_SYMLINK_FOLLOW) == 0 else {
            close(fd)
            return false
        }
        guard close(fd) == 0 else {
            let failure = OutputError.system("close", path: path)
            unlink(tempPath)
            throw failure
        }
        return true
    }

    /// Writes all of `data`, sets the mode, and makes it durable.
    private static func fill(_ fd: Int32, with data: Data, path: String) throws(OutputError) {
        try writeAll(data, to: fd, path: path)
        guard fchmod(fd, 0o644) == 0 else { throw OutputError.system("chmod", path: path) }
        guard fsync(fd) == 0 else { throw OutputError.system("fsync", path: path) }
    }

    /// A file without a name in `folder` (Linux `O_TMPFILE`), or -1 where the system or file system has none.
    private static func openUnnamedFile(in folder: String) -> Int32 {
        #if os(Linux)
        // O_TMPFILE is a compound macro that Swift does not import: __O_TMPFILE | O_DIRECTORY.
        let unnamedFile: Int32 = 0o20_000_000 | O_DIRECTORY
        return open(folder, unnamedFile | O_WRONLY | O_CLOEXEC, 0o644)
        #else
        return -1
        #endif
    }

    /// True when something exists at `path`.
    public func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Removes the file at `path`; a file that is already gone is fine.
    public func remove(_ path: String) throws(OutputError) {
        guard unlink(path) == 0 else {
            if errno == ENOENT { return }
            throw .system("remove", path: path)
        }
        try FolderMaker.syncFolder(Self.folder(of: path), path: path)
    }

    /// Removes temporary files a crashed writer left in `folder`; returns how many.
    /// Temp files of this process (writes in flight) are left alone.
    @discardableResult
    public func removeStaleTempFiles(in folder: String) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        let ownMarker = ".tmp-\(getpid())-"
        var removed = 0
        for name in names where Self.isTempName(name) && !name.contains(ownMarker) {
            if unlink(folder + "/" + name) == 0 { removed += 1 }
        }
        return removed
    }

    /// `.feed.xml.tmp-<pid>-<random>`: hidden, in the target's folder, unique per attempt.
    private static func tempName(for path: String) -> String {
        let base = path.split(separator: "/").last.map(String.init) ?? "file"
        return ".\(base).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Whether `name` has the shape `tempName(for:)` gives: `.<name>.tmp-<digits>-<digits>`.
    static func isTempName(_ name: String) -> Bool {
        guard name.hasPrefix("."), let marker = name.range(of: ".tmp-", options: .backwards) else { return false }
        let numbers = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        return numbers.count == 2 && numbers.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func writeAll(_ data: Data, to fd: Int32, path: String) throws(OutputError) {
        let failure: OutputError? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return OutputError.system("write", path: path)
                }
                offset += n
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Whether the file at `path` exists with exactly `data`: size first, then the bytes.
    static func fileHolds(_ data: Data, at path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == data.count else {
            return false
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return data.withUnsafeBytes { expected -> Bool in
            var chunk = [UInt8](repeating: 0, count: min(max(expected.count, 1), 1 << 16))
            var offset = 0
            while true {
                let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                if n == 0 { return offset == expected.count }
                guard offset + n <= expected.count,
                      chunk.withUnsafeBytes({ memcmp($0.baseAddress!, expected.baseAddress! + offset, n) }) == 0
                else { return false }
                offset += n
            }
        }
    }
}

extension OutputError {
    /// An error from the current `errno`, e.g. `rename: No space left on device`.
    static func system(_ operation: String, path: String) -> OutputError {
        let code = errno
        return OutputError(path: path, reason: "\(operation): \(String(cString: strerror(code)))", code: code)
    }
}
