import Foundation
import GRDB
import NewswireModel
import Testing
@testable import NewswireStore

/// Combined feeds of many sources read through a stored source list (`SourceLists`).
@Suite struct StoredSourceListTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-lists-\(UUID().uuidString)").path
    let mint: AtomIDMinter = { source, article, _ in "tag:test,2024:\(source)/\(article.identity)" }
    let t0 = Date(timeIntervalSince1970: 1_735_000_000)
    /// Sources without articles, to make a list long enough to be stored.
    let padding = (0..<SQLiteArticleStore.sourcesForNewestFirstScan).map { "pad\($0)" }

    /// One story from a, b and c (c's copy a wire copy with its own link), and one article only b has.
    private func storeWithAStory() throws -> SQLiteArticleStore {
        let store = try SQLiteArticleStore(stateDir: folder)
        func article(_ identity: String, link: String, hash: String, title: String, dedupe: Bool) -> Article {
            var article = Article(identity: identity, canonicalLink: link, contentHash: hash, title: .text(title),
                                  summary: .html("<p>\(title)</p>"))
            article.hashIsDedupeKey = dedupe
            return article
        }
        let items = [("a", article("a-1", link: "https://x.test/story", hash: "h1", title: "From A", dedupe: true)),
                     ("b", article("b-9", link: "https://x.test/story", hash: "other", title: "From B", dedupe: false)),
                     ("b", article("b-2", link: "https://b.test/own", hash: "h2", title: "Only B", dedupe: true)),
                     ("c", article("c-1", link: "https://c.test/copy", hash: "h1", title: "From C", dedupe: true))]
        for (index, (source, article)) in items.enumerated() {
            _ = try store.apply(SourceUpdate(state: SourceFetchState(sourceID: source, url: "https://\(source).test/feed"),
                                             articles: [article], fetchedAt: t0 + Double(index)), mintAtomID: mint)
        }
        return store
    }

    private struct Listing: Equatable {
        var atomID: String
        var title: String
        var sources: [String]
        var related: [String]
    }

    private func listing(_ store: SQLiteArticleStore, _ ids: [String]) throws -> [Listing] {
        try store.articles(sourceIDs: ids, categories: [], limit: 10).map {
            Listing(atomID: $0.atomID, title: $0.article.title.value, sources: $0.sourceIDs, related: $0.relatedLinks)
        }
    }

    private func storedLists(_ store: SQLiteArticleStore) throws -> [Int] {
        try store.pool.read { db in try Int.fetchAll(db, sql: "SELECT count FROM source_lists ORDER BY id") }
    }

    @Test func aStoredListReadsWhatTheListAsAParameterReads() throws {
        let store = try storeWithAStory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let short = try listing(store, ["a", "b", "c"])
        #expect(short.map(\.title) == ["Only B", "From A"], "\(short)")
        #expect(try listing(store, ["a", "b", "c"] + padding) == short)
        #expect(try listing(store, padding + ["c", "b"]) == (try listing(store, ["c", "b"])))
        #expect(try listing(store, padding + ["c", "b"]).contains { $0.title == "From B" && $0.related == ["https://c.test/copy"] })
        #expect(try storedLists(store) == [padding.count + 3, padding.count + 2], "one row per list, the short ones none")
    }

    @Test func aListIsStoredOnceAcrossProcessesAndAgainWhenAnotherDeletedIt() throws {
        let store = try storeWithAStory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ids = ["a", "b", "c"] + padding
        let expected = try listing(store, ["a", "b", "c"])
        #expect(try listing(store, ids) == expected)
        let other = try SQLiteArticleStore(stateDir: folder)
        #expect(try listing(other, ids) == expected)
        #expect(try storedLists(store) == [ids.count], "the second process found the list the first stored")
        try other.pool.write { db in try db.execute(sql: "DELETE FROM source_lists") }
        #expect(try listing(store, ids) == expected, "the list this process knew is gone: stored again")
        #expect(try storedLists(store) == [ids.count])
        #expect(try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM source_list_members") } == ids.count)
    }

    @Test func listsUnusedForLongAreDeletedWhenAnotherIsStored() throws {
        let store = try storeWithAStory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let old = ["a"] + padding
        _ = try listing(store, old)
        try store.pool.write { db in
            try db.execute(sql: "UPDATE source_lists SET used = used - ?", arguments: [SourceLists.unusedFor + 60])
        }
        _ = try listing(store, ["b"] + padding)
        #expect(try storedLists(store) == [padding.count + 1])
        #expect(try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM source_list_members") }
                == padding.count + 1, "the old list's members went with it")
        let again = try listing(store, old)
        #expect(again.map(\.title) == ["From A"], "still known to this process, stored again: \(again)")
    }
}
