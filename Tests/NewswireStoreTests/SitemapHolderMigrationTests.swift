import Foundation
import GRDB
import NewswireModel
@testable import NewswireStore
import Testing

/// v7: each link's sitemap entry gets a holder, the first article that carries it.
@Suite struct SitemapHolderMigrationTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-v7-\(UUID().uuidString)").path

    @Test func theFirstArticleOfEachLinkHoldsItWithTheNewestDate() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/newswire.sqlite"
        let pool = try DatabasePool(path: path)
        try StoreMigrations.migrator().migrate(pool, upTo: "v6-own-copies")
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO articles (id, atom_id, canonical_link, content_hash, title_kind, title,
                                      published, updated, first_seen, source_id)
                VALUES (1, 'tag:t,2024:a/1', 'https://n.test/1', 'h1', 'text', 'one', 10, 10, 10, 'a'),
                       (2, 'tag:t,2024:b/1', 'https://n.test/1', 'h2', 'text', 'one', 10, 40, 10, 'b'),
                       (3, 'tag:t,2024:a/2', NULL, 'h3', 'text', 'no link', 10, 10, 10, 'a'),
                       (4, 'tag:t,2024:a/3', 'https://n.test/3', 'h4', 'text', 'three', 10, 20, 10, 'a');
                """)
        }
        try pool.close()

        let store = try SQLiteArticleStore(path: path)
        #expect(try store.sitemapEntries() == [SitemapEntry(link: "https://n.test/1", lastmod: Date(timeIntervalSince1970: 40)),
                                               SitemapEntry(link: "https://n.test/3", lastmod: Date(timeIntervalSince1970: 20))])
        #expect(try store.firstSitemapHolder(from: 1) == 1)
        #expect(try store.firstSitemapHolder(from: 2) == 4)
        #expect(try store.integrityCheck() == "ok")
    }
}
