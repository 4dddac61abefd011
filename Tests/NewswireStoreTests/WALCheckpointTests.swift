import Foundation
import NewswireModel
import NewswireStore
import NewswireTestSupport
import Testing

/// A large batch is copied from the WAL into the database file while the store stays open, by the
/// checkpointer's own connection (the writer's automatic checkpoints wait for 40 MB of WAL).
@Suite struct WALCheckpointTests {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("newswire-checkpoint-\(UUID().uuidString)").path
    let mint: AtomIDMinter = { source, article, _ in "tag:test,2024:\(source)/\(article.identity)" }

    func databaseSize() -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/newswire.sqlite")
        return (attributes?[.size] as? Int) ?? 0
    }

    @Test func aLargeBatchReachesTheDatabaseFileWhileTheStoreIsOpen() async throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = databaseSize()
        let body = String(repeating: "<p>words of an article body</p>", count: 4_000)  // ~128 KB each
        let batch: [StoreWrite] = (0..<SQLiteArticleStore.batchCheckpointSize).map { index in
            let article = Article(identity: "a-\(index)", canonicalLink: "https://x.test/\(index)",
                                  contentHash: "h-\(index)", title: .text("article \(index)"), content: .html(body))
            return .apply(SourceUpdate(state: SourceFetchState(sourceID: "s\(index)", url: "https://s.test/\(index)"),
                                       articles: [article], fetchedAt: Date(timeIntervalSince1970: 1_735_000_000)))
        }
        let results = await store.write(batch, mintAtomID: mint)
        #expect(try results.map { try $0.get().inserted } == Array(repeating: 1, count: batch.count))

        let copied = await waitUntil { databaseSize() >= before + 8 * 100_000 }
        #expect(copied, "database file stayed at \(databaseSize()) bytes (was \(before))")
        #expect(try store.integrityCheck() == "ok")
    }
}
