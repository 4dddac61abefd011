import Foundation
import GRDB
import NewswireModel
import NewswireStore
import Testing

/// New stores use 16 KB pages; a store made with another page size keeps it and its data.
@Suite struct StorePageSizeTests {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("newswire-pages-\(UUID().uuidString)").path
    let mint: AtomIDMinter = { source, article, _ in "tag:test,2024:\(source)/\(article.identity)" }

    func pageSize(_ path: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0 }
    }

    func store(_ store: SQLiteArticleStore, _ identity: String) throws {
        let article = Article(identity: identity, canonicalLink: "https://x.test/\(identity)",
                              contentHash: "h-\(identity)", title: .text(identity))
        let update = SourceUpdate(state: SourceFetchState(sourceID: "a", url: "https://a.test/feed"),
                                  articles: [article], fetchedAt: Date(timeIntervalSince1970: 1_735_000_000))
        _ = try store.apply(update, mintAtomID: mint)
    }

    @Test func aNewStoreHasSixteenKilobytePages() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try SQLiteArticleStore(stateDir: folder)
        try self.store(store, "a-1")
        #expect(try pageSize(store.path) == 16_384)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func anOlderStoreKeepsItsPagesAndArticles() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/newswire.sqlite"
        // As stores were made before: 4 KB pages, in WAL mode.
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; CREATE TABLE probe (x)")
        }
        let first = try SQLiteArticleStore(path: path)
        try store(first, "a-1")
        let reopened = try SQLiteArticleStore(path: path)
        try store(reopened, "a-2")
        #expect(try pageSize(path) == 4_096)
        #expect(try reopened.articles(sourceIDs: ["a"], categories: [], limit: 10).count == 2)
        #expect(try reopened.integrityCheck() == "ok")
    }
}
