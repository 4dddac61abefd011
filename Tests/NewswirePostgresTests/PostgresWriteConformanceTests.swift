import Foundation
import GRDB
import NewswireModel
import NewswirePostgres
@testable import NewswireStore
import PostgresNIO
import Testing

/// The same polls written into SQLite and into PostgreSQL leave the same rows and report the same summaries.
@Suite(.enabled(if: TestDatabase.isConfigured, "set NEWSWIRE_TEST_POSTGRES_URL (scripts/pg-cluster)"))
struct PostgresWriteConformanceTests {
    static let mint: AtomIDMinter = { source, article, _ in "tag:test,2024:\(source)/\(article.identity)" }
    static let t0 = Date(timeIntervalSince1970: 1_735_189_740)

    static func article(_ identity: String, link: String?, hash: String, dedupe: Bool = false, title: String = "",
                        published: Date? = nil, updated: Date? = nil) -> Article {
        Article(identity: identity, canonicalLink: link, contentHash: hash, hashIsDedupeKey: dedupe, title: .text(title),
                summary: .html("<p>\(title) — “café” 新闻 📰</p>"), published: published, updated: updated,
                authors: title.isEmpty ? [] : [Person(name: "Zoë", email: "z@x.test")], categories: ["World", "Asia/China"],
                enclosures: identity.hasSuffix("3") ? [Enclosure(url: "https://cdn.test/a.mp3", type: "audio/mpeg", length: 10)] : [])
    }

    static func poll(_ source: String, _ articles: [Article], at offset: Double) -> SourceUpdate {
        SourceUpdate(state: SourceFetchState(sourceID: source, url: "https://\(source).test/feed", etag: "\"\(offset)\"",
                                             lastSuccess: t0 + offset, httpStatus: 200, itemCount: articles.count,
                                             title: "Feed \(source)"),
                     articles: articles, fetchedAt: t0 + offset)
    }

    /// Polls of three sources that share stories by link and by text, list one story twice, carry undated and
    /// title-less items, then change, drop and bring back items.
    static let polls: [SourceUpdate] = [
        poll("a", [article("a1", link: "https://x.test/story", hash: "h1", dedupe: true, title: "Story"),
                   article("a2", link: nil, hash: "h2", title: ""),
                   article("a3", link: "https://a.test/3", hash: "h3", published: t0 - 3600),
                   article("a1", link: "https://x.test/other", hash: "h9", title: "repeated identity")], at: 0),
        poll("b", [article("b1", link: "https://x.test/story", hash: "other", title: "Story, B's copy"),
                   article("b2", link: "https://b.test/wire", hash: "h1", dedupe: true, title: "Wire copy"),
                   article("b3", link: "https://b.test/wire", hash: "h4", title: "Same page, another section")], at: 10),
        poll("c", [article("c1", link: "https://c.test/1", hash: "h1", dedupe: true, title: "Wire again"),
                   article("c2", link: "https://c.test/2", hash: "h5", updated: t0 + 5)], at: 20),
        // a: a1 changes (text and link), a2 leaves the feed, a3 unchanged.
        poll("a", [article("a1", link: "https://x.test/story-v2", hash: "h1b", dedupe: true, title: "Story, edited"),
                   article("a3", link: "https://a.test/3", hash: "h3", published: t0 - 3600)], at: 30),
        // c: c2 changes without a date of its own; a tombstoned identity comes back and stays out.
        poll("c", [article("c1", link: "https://c.test/1", hash: "h1", dedupe: true, title: "Wire again"),
                   article("c2", link: "https://c.test/2", hash: "h5b"),
                   article("gone", link: "https://c.test/gone", hash: "h6")], at: 40),
        poll("a", [article("a2", link: nil, hash: "h2", title: ""),
                   article("a3", link: "https://a.test/3", hash: "h3", published: t0 - 3600)], at: 50),
    ]

    /// Feeds read back from both stores: sources' own, combined ones (few and many sources), a category, a limit.
    static let listings: [([String], [String], Int)] = [
        (["a"], [], 20), (["b"], [], 20), (["c"], [], 20), (["a", "b", "c"], [], 20), (["c", "b"], [], 20),
        (["c", "a"], [], 1), ((0..<20).map { "pad\($0)" } + ["b", "a", "c"], [], 20), (["a", "b", "c"], ["asia/china"], 2),
    ]

    static let articleColumns = """
        id, atom_id, canonical_link, content_hash, title_kind, title, summary_kind, summary, content_kind, content,
        source_published, source_updated, published, updated, first_seen, authors, categories, enclosures, language,
        rights, source_id, story_id, dedupe_hash, sitemap_lastmod
        """
    /// Positions of the numeric columns in `articleColumns`.
    static let integerColumns: Set<Int> = [0, 21]
    static let doubleColumns: Set<Int> = [10, 11, 12, 13, 14, 23]

    /// Articles, memberships and tombstones (less the removal time) as text, in one order for both stores.
    struct Dump: Equatable {
        var articles: [[String]] = []
        var memberships: [[String]] = []
        var tombstones: [[String]] = []
    }

    static func dump(_ sqlite: SQLiteArticleStore) async throws -> Dump {
        try await sqlite.pool.read { db in
            let rows = { (sql: String) in
                try Row.fetchAll(db, sql: sql).map { row in (0..<row.count).map { Self.text(row[$0] as DatabaseValue) } }
            }
            return Dump(articles: try rows("SELECT \(Self.articleColumns) FROM articles ORDER BY id"),
                        memberships: try rows("""
                            SELECT source_id, identity, article_id, content_hash, listed <> 0, first_seen FROM memberships
                            ORDER BY source_id, identity
                            """),
                        tombstones: try rows("SELECT source_id, identity FROM tombstones ORDER BY source_id, identity"))
        }
    }

    static func dump(_ database: TestDatabase) async throws -> Dump {
        var dump = Dump()
        try await TestDatabase.admin(database.location, password: database.password) { connection in
            for try await row in try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT \(Self.articleColumns) FROM articles ORDER BY id"), logger: TestDatabase.logger) {
                let cells = row.makeRandomAccess()
                dump.articles.append(try (0..<cells.count).map { index in
                    if Self.integerColumns.contains(index) { return try cells[index].decode(Int64?.self).map { "\($0)" } ?? "NULL" }
                    if Self.doubleColumns.contains(index) { return try cells[index].decode(Double?.self).map { "\($0)" } ?? "NULL" }
                    return try cells[index].decode(String?.self) ?? "NULL"
                })
            }
            for try await (source, identity, article, hash, listed, firstSeen) in try await connection.query("""
                SELECT source_id, identity, article_id, content_hash, listed, first_seen FROM memberships
                ORDER BY source_id COLLATE "C", identity COLLATE "C"
                """, logger: TestDatabase.logger).decode((String, String, Int64, String, Bool, Double).self) {
                dump.memberships.append([source, identity, "\(article)", hash, listed ? "1" : "0", "\(firstSeen)"])
            }
            for try await (source, identity) in try await connection.query("""
                SELECT source_id, identity FROM tombstones ORDER BY source_id COLLATE "C", identity COLLATE "C"
                """, logger: TestDatabase.logger).decode((String, String).self) {
                dump.tombstones.append([source, identity])
            }
        }
        return dump
    }

    static func expectEqual(_ postgres: Dump, _ sqlite: Dump, _ when: String) {
        #expect(postgres.articles.count == sqlite.articles.count, "\(when)")
        for (pgRow, sqliteRow) in zip(postgres.articles, sqlite.articles) { #expect(pgRow == sqliteRow, "\(when)") }
        #expect(postgres.memberships == sqlite.memberships, "\(when)")
        #expect(postgres.tombstones == sqlite.tombstones, "\(when)")
    }

    @Test func bothStoresHoldTheSameRowsAfterTheSamePollsAndPrunes() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-pgconf-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sqlite = try SQLiteArticleStore(stateDir: folder)
        try await sqlite.pool.write { db in
            try db.execute(sql: "INSERT INTO tombstones (source_id, identity, removed) VALUES ('c', 'gone', 1)")
        }
        var sqliteSummaries: [UpdateSummary] = []
        for poll in Self.polls { sqliteSummaries.append(try sqlite.apply(poll, mintAtomID: Self.mint)) }
        let afterPolls = try await Self.dump(sqlite)
        let cutoff = Self.t0 + 1_000
        let sqlitePruned = [try sqlite.prune(olderThan: cutoff, sourceIDs: ["b"]), try sqlite.prune(olderThan: cutoff)]
        let afterPrune = try await Self.dump(sqlite)

        let database = try await TestDatabase.create()
        let store = try await PostgresStore.connect(database.location, environment: database.environment,
                                                    logger: TestDatabase.logger)
        let (summaries, listings, pgAfterPolls, pruned, pgAfterPrune) = try await store.withRunningPool { store in
            try await store.migrate()
            try await TestDatabase.admin(database.location, password: database.password) { connection in
                _ = try await connection.query("INSERT INTO tombstones (source_id, identity, removed) VALUES ('c', 'gone', 1)",
                                               logger: TestDatabase.logger)
            }
            var summaries: [UpdateSummary] = []
            for poll in Self.polls { summaries.append(try await store.apply(poll, mintAtomID: Self.mint)) }
            var listings: [[StoredArticle]] = []
            for (ids, categories, limit) in Self.listings {
                listings.append(try await store.articles(sourceIDs: ids, categories: categories, limit: limit))
            }
            let afterPolls = try await Self.dump(database)
            let pruned = [try await store.prune(olderThan: cutoff, sourceIDs: ["b"]), try await store.prune(olderThan: cutoff)]
            return (summaries, listings, afterPolls, pruned, try await Self.dump(database))
        }
        #expect(summaries == sqliteSummaries)
        Self.expectEqual(pgAfterPolls, afterPolls, "after the polls")
        #expect(pruned == sqlitePruned)
        #expect(sqlitePruned[1] > 0, "the fixture prunes something")
        Self.expectEqual(pgAfterPrune, afterPrune, "after pruning")
        #expect(afterPolls.articles.count > 5)
        #expect(sqliteSummaries.map(\.tombstoned) == [0, 0, 0, 0, 1, 0], "the fixture reaches every path")
        #expect(sqliteSummaries.map(\.updated).reduce(0, +) >= 2 && sqliteSummaries.map(\.duplicates).reduce(0, +) >= 3)
        // Listings were read after the polls, before pruning: compare with SQLite's at that point.
        let replay = try SQLiteArticleStore(stateDir: folder + "-replay")
        defer { try? FileManager.default.removeItem(atPath: folder + "-replay") }
        try await replay.pool.write { db in
            try db.execute(sql: "INSERT INTO tombstones (source_id, identity, removed) VALUES ('c', 'gone', 1)")
        }
        for poll in Self.polls { _ = try replay.apply(poll, mintAtomID: Self.mint) }
        for ((ids, categories, limit), listing) in zip(Self.listings, listings) {
            let expected = try replay.articles(sourceIDs: ids, categories: categories, limit: limit)
            #expect(listing == expected, "feed over \(ids) \(categories) \(limit)")
            #expect(!expected.isEmpty)
        }
    }

    private static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "NULL"
        case .int64(let number): "\(number)"
        case .double(let number): "\(number)"
        case .string(let text): text
        case .blob(let data): data.base64EncodedString()
        }
    }
}
