import Dispatch
import NewswireStore
import Synchronization

/// Funnels the store writes of concurrent polls into few transactions: while one batch commits, the
/// writes that arrive meanwhile queue up and go into the next one (group commit). Each write stays
/// atomic on its own and its caller resumes only once it is committed, so a kill loses nothing that
/// was reported stored.
final class StoreWriteBatcher: Sendable {
    private struct Pending {
        var write: StoreWrite
        var continuation: CheckedContinuation<UpdateSummary, any Error>
    }

    private struct Queue {
        var pending: [Pending] = []
        var draining = false
    }

    private let store: any ArticleStore
    private let mint: AtomIDMinter
    private let maxBatch: Int
    private let queue = Mutex(Queue())
    private let worker = DispatchQueue(label: "newswire.store-writes")

    /// A batcher writing to `store`, at most `maxBatch` writes per transaction.
    init(store: any ArticleStore, mint: @escaping AtomIDMinter, maxBatch: Int = 100) {
        self.store = store
        self.mint = mint
        self.maxBatch = max(1, maxBatch)
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
            let startDrain = queue.withLock { queue in
                queue.pending.append(Pending(write: write, continuation: continuation))
                defer { queue.draining = true }
                return !queue.draining
            }
            if startDrain { worker.async { self.drain() } }
        }
    }

    /// Commits batches until nothing is pending.
    private func drain() {
        while true {
            let batch = queue.withLock { queue in
                let batch = Array(queue.pending.prefix(maxBatch))
                queue.pending.removeFirst(batch.count)
                if batch.isEmpty { queue.draining = false }
                return batch
            }
            if batch.isEmpty { return }
            do {
                let results = try store.write(batch.map(\.write), mintAtomID: mint)
                for (index, pending) in batch.enumerated() {
                    guard index < results.count else {
                        pending.continuation.resume(throwing: StoreError(path: "", reason: "no result for this write"))
                        continue
                    }
                    pending.continuation.resume(with: results[index].mapError { $0 as any Error })
                }
            } catch {
                for pending in batch { pending.continuation.resume(throwing: error) }
            }
        }
    }
}
