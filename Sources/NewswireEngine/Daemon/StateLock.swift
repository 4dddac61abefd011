import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `state_dir/newswire.lock`, held with `flock` for the life of a `newswire run`, holding its pid:
/// a second daemon on the same state folder is refused, naming the first.
public final class StateLock: Sendable {
    /// Path of the lock file.
    public let path: String
    private let fd: Int32

    /// Another process holds the lock.
    public struct Held: Error, Sendable, CustomStringConvertible {
        /// The lock file.
        public var path: String
        /// The holder's pid as written in the file, if readable.
        public var pid: Int32?
        /// A system error, when the lock could not even be tried.
        public var reason: String

        /// Names the holder and the lock file.
        public var description: String {
            let holder = pid.map { "newswire run (pid \($0))" } ?? "another process"
            return "\(holder) already uses this state folder: \(path) is locked\(reason.isEmpty ? "" : " (\(reason))")"
        }
    }

    /// Takes the lock or throws `Held`; the state folder is created when missing.
    public init(stateDir: String) throws(Held) {
        path = (stateDir as NSString).appendingPathComponent("newswire.lock")
        try? FileManager.default.createDirectory(atPath: stateDir, withIntermediateDirectories: true)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Held(path: path, pid: nil, reason: String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno == EWOULDBLOCK ? "" : String(cString: strerror(errno))
            let pid = Self.readPID(fd)
            close(fd)
            throw Held(path: path, pid: pid, reason: reason)
        }
        self.fd = fd
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pwrite(fd, text, text.count, 0)
    }

    deinit {
        // Closing releases the lock; the file stays so a racing `open` never locks a deleted inode.
        close(fd)
    }

    /// The pid of the `newswire run` holding `stateDir`'s lock (0 when unreadable), nil when none does.
    public static func holder(stateDir: String) -> Int32? {
        let fd = open((stateDir as NSString).appendingPathComponent("newswire.lock"), O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard flock(fd, LOCK_SH | LOCK_NB) == 0 else { return readPID(fd) ?? 0 }
        _ = flock(fd, LOCK_UN)
        return nil
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
