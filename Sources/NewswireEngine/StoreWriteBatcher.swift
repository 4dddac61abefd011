import Foundation
import NewswireStore

/// Funnels the store writes of concurrent polls into few transactions (every commit rewrites the index
/// pages it touched, so few large ones cost far less than one per source). A batch commits when it is
/// full, when every poll that started has handed in its write, or `linger` after the first write that
/// had to wait, whichever comes first. Each write stays atomic on its own, and its caller resumes only once
/// it is committed: a kill loses nothing that was reported stored.
actor StoreWriteBatcher {
    private struct Pending {
        var write: StoreWrite
        var continuation: CheckedContinuation<UpdateSummary, any Error>
    }

    private let store: any ArticleStore
    private let mint: AtomIDMinter
    private let batchSize: Int
    private let linger: Duration
    private var pending: [Pending] = []
    /// Polls started whose write has not arrived yet.
    private var polling = 0
    /// Batches handed to the store and not committed yet.
    private var inFlight = 0
    /// Two: while one batch commits, the next waits in the store's queue. The store's thread then goes
    /// from one to the next without waiting for this actor, whose threads are busy parsing in a cold run
    /// (one batch at a time: cold regenerate of the realistic corpus 8.4 s instead of 7.3–7.7 s).
    private static let maxInFlight = 2
    /// The linger time of the writes waiting now ran out: commit them even though a poll is still running.
    private var lingerExpired = false
    /// Counts the linger timers started, so that one started for earlier writes does not end a later wait.
    private var lingerGeneration = 0
    private var lingerArmed = false

    /// A batcher writing to `store`, at most `batchSize` writes per transaction.
    init(store: any ArticleStore, mint: @escaping AtomIDMinter, batchSize: Int, linger: Duration = .milliseconds(250)) {
        self.store = store
        self.mint = mint
        self.batchSize = max(1, batchSize)
        self.linger = linger
    }

    /// A poll started that will hand in one write: a batch waits for it rather than commit without it.
    func pollStarted() {
        polling += 1
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
            pending.append(Pending(write: write, continuation: continuation))
            polling = max(0, polling - 1)
            commitIfReady()
        }
    }

    /// Starts the next batch when one is ready, else makes sure the waiting writes get a linger timer.
    private func commitIfReady() {
        guard inFlight < Self.maxInFlight, !pending.isEmpty else { return }
        guard pending.count >= batchSize || polling == 0 || lingerExpired else {
            armLinger()
            return
        }
        let batch = Array(pending.prefix(batchSize))
        pending.removeFirst(batch.count)
        inFlight += 1
        lingerExpired = false
        lingerArmed = false
        lingerGeneration += 1
        // Not a child of any poll: a batch that started commits even while its polls are being cancelled.
        Task { [store, mint] in
            let results = await store.write(batch.map(\.write), mintAtomID: mint)
            self.committed(batch, results: results)
        }
    }

    private func committed(_ batch: [Pending], results: [Result<UpdateSummary, StoreError>]) {
        for (index, entry) in batch.enumerated() {
            guard index < results.count else {
                entry.continuation.resume(throwing: StoreError(path: "", reason: "no result for this write"))
                continue
            }
            entry.continuation.resume(with: results[index].mapError { $0 as any Error })
        }
        inFlight -= 1
        commitIfReady()
    }

    private func armLinger() {
        guard !lingerArmed else { return }
        lingerArmed = true
        let generation = lingerGeneration
        Task { [linger] in
            try? await Task.sleep(for: linger)
            self.lingerEnded(generation)
        }
    }

    private func lingerEnded(_ generation: Int) {
        guard generation == lingerGeneration else { return }
        lingerExpired = true
        commitIfReady()
    }
}
