import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Atomic writes of many files that share one sync of each folder: `stage` writes a file's bytes to a
/// durable temp file beside it, `commit` renames every staged file over its target and then fsyncs
/// each folder once (instead of once per file). Readers see the old files until the commit, then each
/// new one whole; a crash before the commit leaves temp files, which `removeStaleTempFiles` sweeps.
/// Staging is safe from several threads at once.
public final class StagedFileWrites: @unchecked Sendable {
    private let writer = AtomicFileWriter()
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var staged: [(tempPath: String, path: String)] = []

    /// An empty set of writes.
    public init() {}

    deinit { discard() }

    /// Stages `data` for `path` unless the file already holds exactly these bytes; returns whether it
    /// will be written by `commit`. Missing folders are created.
    public func stage(_ data: Data, to path: String) throws(OutputError) -> Bool {
        if AtomicFileWriter.fileHolds(data, at: path) { return false }
        let tempPath = try writer.writeTempFile(data, for: path)
        lock.withLock { staged.append((tempPath, path)) }
        return true
    }

    /// Renames every staged file over its target, then makes the renames durable. On a failure the
    /// files not yet renamed keep their old content and their temp files are removed.
    public func commit() throws(OutputError) {
        let writes = lock.withLock {
            defer { staged = [] }
            return staged
        }
        var folders: [String] = []
        for (index, write) in writes.enumerated() {
            guard rename(write.tempPath, write.path) == 0 else {
                let failure = OutputError.system("rename", path: write.path)
                for rest in writes[index...] { unlink(rest.tempPath) }
                throw failure
            }
            let folder = AtomicFileWriter.folder(of: write.path)
            if !folders.contains(folder) { folders.append(folder) }
        }
        for folder in folders { try FolderMaker.syncFolder(folder, path: folder) }
    }

    /// Removes the temp files of every staged write; the targets stay as they were.
    public func discard() {
        let writes = lock.withLock {
            defer { staged = [] }
            return staged
        }
        for write in writes { unlink(write.tempPath) }
    }
}
