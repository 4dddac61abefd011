import Foundation
import GRDB
import NewswireModel
@testable import NewswireStore
import Testing

/// v6: a store written before each source kept its own copy, where a duplicate's membership pointed at
/// another source's article (and an empty hash merged unrelated items).
@Suite struct OwnCopyMigrationTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-v6-\(UUID().uuidString)").path
    let mint: AtomIDMinter = { source, article, _ in "tag:test,2024:\(source)/\(article.identity)" }

    @Test func aFalselyMergedSourceGetsItsOwnCopyOnItsNextPoll() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/newswire.sqlite"
        // A v5 store: "c"'s link-only item was merged into "b"'s, both with the hash of empty text.
        let pool = try DatabasePool(path: path)
        try StoreMigrations.migrator().migrate(pool, upTo: "v5-link-updated-index")
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO sources (id, url, etag, body_hash) VALUES ('b', 'https://b.test/feed', '"1"', 'x'),
                                                                      ('c', 'https://c.test/feed', '"2"', 'y');
                INSERT INTO articles (id, atom_id, canonical_link, content_hash, title_kind, title,
                                      published, updated, first_seen)
                VALUES (1, 'tag:test,2024:b/y', 'http://b.test/y', 'empty', 'text', 'b.test/y', 10, 10, 10);
                INSERT INTO memberships (source_id, identity, article_id, content_hash, listed, first_seen)
                VALUES ('b', 'http://b.test/y', 1, 'empty', 1, 10), ('c', 'http://c.test/z', 1, 'empty', 1, 20);
                """)
        }
        try pool.close()

        let store = try SQLiteArticleStore(path: path)
        // "c" reads its document again on its next poll; "b" keeps its validators.
        #expect(try store.fetchState(sourceID: "c")?.etag == nil)
        #expect(try store.fetchState(sourceID: "b")?.etag == "\"1\"")
        let item = Article(identity: "http://c.test/z", canonicalLink: "http://c.test/z", contentHash: "empty",
                           title: .text("c.test/z"))
        let summary = try store.apply(SourceUpdate(state: SourceFetchState(sourceID: "c", url: "https://c.test/feed"),
                                                   articles: [item], fetchedAt: Date(timeIntervalSince1970: 30)),
                                      mintAtomID: mint)
        #expect(summary.updated == 1)
        #expect(try store.articles(sourceIDs: ["c"], categories: [], limit: 10).map(\.article.canonicalLink)
            == ["http://c.test/z"])
        #expect(try store.articles(sourceIDs: ["b"], categories: [], limit: 10).map(\.article.canonicalLink)
            == ["http://b.test/y"])
        #expect(try store.articles(sourceIDs: ["b", "c"], categories: [], limit: 10).count == 2)
        #expect(try store.integrityCheck() == "ok")
    }
}
