import Foundation
import GRDB

/// Copies committed WAL frames into the database file on a connection of its own (and GRDB's thread for it),
/// so that large batches of writes do not wait for their checkpoints: in a cold run over thousands of sources
/// the writer is the critical path, and checkpoints (reading every frame back and writing it again, then two
/// fsyncs) were about a fifth of its time. Requests made while one is queued are merged.
final class WALCheckpointer: @unchecked Sendable {
    private let queue: DatabaseQueue
    private let lock = NSLock()
    /// Guarded by `lock`: a checkpoint is queued and has not started.
    private var queued = false

    /// A checkpointing connection to the WAL database at `path` (it never changes the journal mode).
    init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Asks for a checkpoint on the checkpointing connection's thread.
    func request() {
        let start = lock.withLock {
            defer { queued = true }
            return !queued
        }
        guard start else { return }
        queue.asyncWriteWithoutTransaction { db in
            self.lock.withLock { self.queued = false }
            // PASSIVE copies what no reader still needs and never waits for the writer or the readers; what it
            // leaves is copied by the next one, or when the last connection closes.
            _ = try? db.checkpoint(.passive)
        }
    }
}
