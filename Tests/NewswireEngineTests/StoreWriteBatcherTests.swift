import Foundation
@testable import NewswireEngine
import NewswireModel
import NewswireStore
import Synchronization
import Testing

/// The batcher commits the writes of concurrent polls together, and never waits for a poll that
/// cannot join the batch any more.
@Suite struct StoreWriteBatcherTests {
    let mint: AtomIDMinter = { source, article, _ in "tag:test,2024:\(source)/\(article.identity)" }

    func state(_ index: Int) -> SourceFetchState {
        SourceFetchState(sourceID: "s\(index)", url: "https://s\(index).test/feed", httpStatus: 304)
    }

    @Test func concurrentPollsShareOneTransaction() async throws {
        let store = try BatchRecordingStore()
        defer { store.remove() }
        // A linger far beyond the test: only the "every poll handed in" rule can end the batch.
        let batcher = StoreWriteBatcher(store: store, mint: mint, batchSize: 8, linger: .seconds(600))
        for _ in 0..<5 { await batcher.pollStarted() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<5 { group.addTask { try await batcher.save(state(index)) } }
            try await group.waitForAll()
        }
        #expect(store.batchSizes == [5])
        #expect(try store.fetchStates().count == 5)
    }

    @Test func aFullBatchCommitsWithoutWaitingForThePollsStillRunning() async throws {
        let store = try BatchRecordingStore()
        defer { store.remove() }
        let batcher = StoreWriteBatcher(store: store, mint: mint, batchSize: 2, linger: .seconds(600))
        for _ in 0..<3 { await batcher.pollStarted() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<2 { group.addTask { try await batcher.save(state(index)) } }
            try await group.waitForAll()
        }
        #expect(store.batchSizes == [2])
        try await batcher.save(state(2))
        #expect(store.batchSizes == [2, 1])
    }

    @Test func aStoreFailureReachesEveryWriterOfTheBatch() async throws {
        let store = try BatchRecordingStore()
        defer { store.remove() }
        let batcher = StoreWriteBatcher(store: store, mint: mint, batchSize: 4, linger: .seconds(600))
        store.failing = true
        await batcher.pollStarted()
        await #expect(throws: StoreError.self) { try await batcher.save(state(0)) }
        #expect(try store.fetchStates().isEmpty)
    }
}

/// A real store that records the size of every batch it is given, and can refuse them.
final class BatchRecordingStore: ArticleStore {
    private let store: SQLiteArticleStore
    private let folder: String
    private let record = Mutex<(sizes: [Int], failing: Bool)>(([], false))

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("newswire-batcher-\(UUID().uuidString)").path
        store = try SQLiteArticleStore(stateDir: folder)
    }

    var batchSizes: [Int] { record.withLock { $0.sizes } }
    var failing: Bool {
        get { record.withLock { $0.failing } }
        set { record.withLock { $0.failing = newValue } }
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    func write(_ batch: [StoreWrite], mintAtomID: @escaping AtomIDMinter) async -> [Result<UpdateSummary, StoreError>] {
        let failing = record.withLock { record in
            record.sizes.append(batch.count)
            return record.failing
        }
        if failing { return batch.map { _ in .failure(StoreError(path: folder, reason: "disk full")) } }
        return await store.write(batch, mintAtomID: mintAtomID)
    }

    func fetchStates() throws -> [String: SourceFetchState] { try store.fetchStates() }
    func saveFetchState(_ state: SourceFetchState) throws { try store.saveFetchState(state) }
    func fetchState(sourceID: String) throws -> SourceFetchState? { try store.fetchState(sourceID: sourceID) }
    func saveNextPoll(sourceID: String, at date: Date) throws { try store.saveNextPoll(sourceID: sourceID, at: date) }
    func apply(_ update: SourceUpdate, mintAtomID: AtomIDMinter) throws -> UpdateSummary {
        try store.apply(update, mintAtomID: mintAtomID)
    }
    func articles(sourceIDs: [String], categories: [String], limit: Int) throws -> [StoredArticle] {
        try store.articles(sourceIDs: sourceIDs, categories: categories, limit: limit)
    }
    func sitemapEntries(heldIn ids: ClosedRange<Int64>) throws -> [SitemapEntry] { try store.sitemapEntries(heldIn: ids) }
    func firstSitemapHolder(from id: Int64) throws -> Int64? { try store.firstSitemapHolder(from: id) }
    func feedEpoch(feedID: String, now: Date) throws -> Date { try store.feedEpoch(feedID: feedID, now: now) }
    func prune(olderThan cutoff: Date) throws -> Int { try store.prune(olderThan: cutoff) }
    func prune(olderThan cutoff: Date, sourceIDs: [String]) throws -> Int {
        try store.prune(olderThan: cutoff, sourceIDs: sourceIDs)
    }
}
