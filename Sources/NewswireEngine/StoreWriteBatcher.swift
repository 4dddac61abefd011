import Dispatch
import Foundation
import NewswireStore

/// Funnels the store writes of concurrent polls into few transactions (every commit rewrites the index
/// pages it touched, so few large ones cost far less than one per source). A batch commits when it is
/// full, when every poll that started has handed in its write, or after `linger`, whichever comes first.
/// Each write stays atomic on its own, and its caller resumes only once it is committed: a kill loses
/// nothing that was reported stored.
final class StoreWriteBatcher: @unchecked Sendable {
    private struct Pending {
        var write: StoreWrite
        var continuation: CheckedContinuation<UpdateSummary, any Error>
    }

    private struct Queue {
        var pending: [Pending] = []
        /// Polls started whose write has not arrived yet.
        var polling = 0
        /// A drain is queued or running on `worker`.
        var draining = false
    }

    private let store: any ArticleStore
    private let mint: AtomIDMinter
    private let batchSize: Int
    private let linger: DispatchTimeInterval
    // An NSLock (a pthread mutex) rather than Synchronization.Mutex: on Linux that one waits on raw
    // futexes, which ThreadSanitizer cannot see, so every access under it was reported as a race.
    private let lock = NSLock()
    /// Guarded by `lock`: only touched inside `withQueue`.
    private var queue = Queue()
    /// Signalled when a batch became ready before the linger time.
    private let ready = DispatchSemaphore(value: 0)
    private let worker = DispatchQueue(label: "newswire.store-writes")

    /// A batcher writing to `store`, at most `batchSize` writes per transaction.
    init(store: any ArticleStore, mint: @escaping AtomIDMinter, batchSize: Int,
         linger: DispatchTimeInterval = .milliseconds(250)) {
        self.store = store
        self.mint = mint
        self.batchSize = max(1, batchSize)
        self.linger = linger
    }

    /// A poll started that will hand in one write: a batch waits for it rather than commit without it.
    func pollStarted() {
        withQueue { $0.polling += 1 }
    }

    /// Stores a successful parse; returns once it is committed.
    func apply(_ update: SourceUpdate) async throws -> UpdateSummary {
        try await submit(.apply(update))
    }

    /// Records a poll that produced no new document; returns once it is committed.
    func save(_ state: SourceFetchState) async throws {
        _ = try await submit(.saveFetchState(state))
    }

    private func submit(_ write: StoreWrite) async throws -> UpdateSummary {
        try await withCheckedThrowingContinuation { continuation in
            let (startDrain, batchReady) = withQueue { queue in
                queue.pending.append(Pending(write: write, continuation: continuation))
                queue.polling = max(0, queue.polling - 1)
                defer { queue.draining = true }
                return (!queue.draining, isReady(queue))
            }
            if startDrain {
                worker.async { self.drain() }
            } else if batchReady {
                ready.signal()
            }
        }
    }

    private func withQueue<T>(_ body: (inout Queue) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&queue)
    }

    private func isReady(_ queue: Queue) -> Bool {
        queue.pending.count >= batchSize || queue.polling == 0
    }

    /// Commits batches until nothing is pending.
    private func drain() {
        while true {
            let deadline = DispatchTime.now() + linger
            // Extra signals from earlier batches only cause one more look at the queue.
            while !withQueue({ isReady($0) }), ready.wait(timeout: deadline) == .success {}
            let batch = withQueue { queue in
                let batch = Array(queue.pending.prefix(batchSize))
                queue.pending.removeFirst(batch.count)
                if batch.isEmpty { queue.draining = false }
                return batch
            }
            if batch.isEmpty { return }
            let results = store.write(batch.map(\.write), mintAtomID: mint)
            for (index, pending) in batch.enumerated() {
                guard index < results.count else {
                    pending.continuation.resume(throwing: StoreError(path: "", reason: "no result for this write"))
                    continue
                }
                pending.continuation.resume(with: results[index].mapError { $0 as any Error })
            }
        }
    }
}
