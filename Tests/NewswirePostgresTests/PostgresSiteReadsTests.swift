import Foundation
import NewswireModel
import NewswirePostgres
import NewswireStore
import PostgresNIO
import Testing

/// Feed epochs, sitemap entries and source labels from PostgreSQL.
@Suite(.enabled(if: TestDatabase.isConfigured, "set NEWSWIRE_TEST_POSTGRES_URL (scripts/pg-cluster)"))
struct PostgresSiteReadsTests {
    @Test func aFeedsEpochIsItsFirstRender() async throws {
        try await TestDatabase.withStore { store, _ in
            let first = Date(timeIntervalSince1970: 1_735_000_000.75)
            let epochs = [try await store.feedEpoch(feedID: "all", now: first),
                          try await store.feedEpoch(feedID: "all", now: first + 86_400),
                          try await store.feedEpoch(feedID: "other", now: first + 60)]
            #expect(epochs.map(\.timeIntervalSince1970) == [1_735_000_000, 1_735_000_000, 1_735_000_060])
        }
    }

    @Test func sitemapEntriesAreInByteOrderWithinTheirRange() async throws {
        try await TestDatabase.withStore { store, database in
            // Rows as the writer leaves them: holders carry sitemap_lastmod, other copies of a link none.
            let rows: [(link: String, lastmod: Double?)] = [("https://x.example/z", 10), ("https://x.example/é", 20),
                                                           ("https://x.example/z", nil), ("https://x.example/E", 30)]
            try await TestDatabase.admin(database.location, password: database.password) { connection in
                for (index, row) in rows.enumerated() {
                    _ = try await connection.query("""
                        INSERT INTO articles (atom_id, canonical_link, content_hash, title_kind, title, published, updated,
                                              first_seen, sitemap_lastmod)
                        VALUES (\("tag:x,2024:\(index)"), \(row.link), 'h', 'text', 't', 0, 0, 0, \(row.lastmod))
                        """, logger: TestDatabase.logger)
                }
            }
            let all = try await store.sitemapEntries(heldIn: 1...Int64.max)
            #expect(all.map(\.link) == ["https://x.example/E", "https://x.example/z", "https://x.example/é"],
                    "bytes, as SQLite orders them, not en-US")
            #expect(all.map(\.lastmod.timeIntervalSince1970) == [30, 10, 20])
            let middle = try await store.sitemapEntries(heldIn: 2...3)
            #expect(middle.map(\.link) == ["https://x.example/é"])
            let holders = [try await store.firstSitemapHolder(from: 3), try await store.firstSitemapHolder(from: 5)]
            #expect(holders == [4, nil])
        }
    }

    @Test func labelsOfTheNamedSourcesOrOfAll() async throws {
        try await TestDatabase.withStore { store, _ in
            try await store.saveFetchState(SourceFetchState(sourceID: "a", url: "https://a.test/feed", title: "Feed A",
                                                            siteLink: "https://a.test/"))
            try await store.saveFetchState(SourceFetchState(sourceID: "b", url: "https://b.test/feed"))
            let named = try await store.sourceLabels(of: ["b", "z"])
            let none = try await store.sourceLabels(of: [])
            let all = try await store.sourceLabels(of: nil)
            #expect(named == ["b": SourceLabel(title: nil, siteLink: nil)])
            #expect(none.isEmpty)
            #expect(all == ["a": SourceLabel(title: "Feed A", siteLink: "https://a.test/"), "b": SourceLabel(title: nil, siteLink: nil)])
        }
    }
}
