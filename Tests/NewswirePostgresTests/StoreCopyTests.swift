import Foundation
import GRDB
import NewswireModel
import NewswirePostgres
@testable import NewswireStore
import PostgresNIO
import Testing

/// `store copy`: an embedded store into an empty PostgreSQL database, once.
@Suite(.enabled(if: TestDatabase.isConfigured, "set NEWSWIRE_TEST_POSTGRES_URL (scripts/pg-cluster)"))
struct StoreCopyTests {
    typealias Fixture = PostgresWriteConformanceTests

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-copy-\(UUID().uuidString)").path

    /// The fixture's polls in a SQLite store, and a new database with a store on it.
    private func stores() async throws -> (SQLiteArticleStore, TestDatabase, PostgresStore) {
        let sqlite = try await sqliteStore()
        let database = try await TestDatabase.create()
        let store = try await PostgresStore.connect(database.location, environment: database.environment, logger: TestDatabase.logger)
        return (sqlite, database, store)
    }

    private func sqliteStore() async throws -> SQLiteArticleStore {
        let sqlite = try SQLiteArticleStore(stateDir: folder)
        try await sqlite.pool.write { db in
            try db.execute(sql: "INSERT INTO tombstones (source_id, identity, removed) VALUES ('c', 'gone', 1)")
            try db.execute(sql: "INSERT INTO feed_epochs (feed_id, first_rendered) VALUES ('all', 1735000000)")
            try db.execute(sql: """
                INSERT INTO html_article_pages (source_id, link, list_fingerprint, extracted, fetched_at)
                VALUES ('a', 'https://a.test/p', 'f', x'00ff10', 1735000000.5)
                """)
        }
        for poll in Fixture.polls { _ = try sqlite.apply(poll, mintAtomID: Fixture.mint) }
        return sqlite
    }

    @Test func aCopyHoldsEveryRowAndASecondRunDoesNothing() async throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (sqlite, database, first) = try await stores()
        let report = try await first.withRunningPool { try await StoreCopier.copy(from: sqlite, to: $0) }
        #expect(!report.alreadyCopied)
        #expect(report.tables.map(\.name) == ["sources", "articles", "memberships", "tombstones", "html_article_pages", "feed_epochs"])
        let counts = try await sqlite.pool.read { db in
            try ["articles", "memberships"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0 }
        }
        #expect(report.tables.map(\.rows) == [3, counts[0], counts[1], 1, 1, 1])
        #expect(counts[0] > 5 && counts[1] > 5)
        Fixture.expectEqual(try await Fixture.dump(database), try await Fixture.dump(sqlite), "after the copy")

        let second = try await PostgresStore.connect(database.location, environment: database.environment, logger: TestDatabase.logger)
        let again = try await second.withRunningPool { store in
            let report = try await StoreCopier.copy(from: sqlite, to: store)
            // The copy goes on as a store: new ids follow the copied ones, as in SQLite.
            let poll = Fixture.poll("b", [Fixture.article("b9", link: "https://b.test/9", hash: "h99", title: "After the copy")], at: 60)
            _ = try await store.apply(poll, mintAtomID: Fixture.mint)
            _ = try sqlite.apply(poll, mintAtomID: Fixture.mint)
            let pages = try await store.sourceLabels(of: nil).count
            #expect(pages == 3)
            return report
        }
        #expect(again.alreadyCopied && again.tables.map(\.rows) == report.tables.map(\.rows))
        Fixture.expectEqual(try await Fixture.dump(database), try await Fixture.dump(sqlite), "after a poll on both")
    }

    @Test func aDatabaseWithOtherDataIsRefusedAndLeftAsItWas() async throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (sqlite, database, store) = try await stores()
        let outcome: String = try await store.withRunningPool { store in
            try await store.migrate()
            try await store.saveFetchState(SourceFetchState(sourceID: "other", url: "https://other.test/feed"))
            do {
                _ = try await StoreCopier.copy(from: sqlite, to: store)
                return "copied"
            } catch {
                return "\(error)"
            }
        }
        #expect(outcome.contains("the database is not empty (it holds 1 sources) and is not a copy of this store"), "\(outcome)")
        let left = try await Fixture.dump(database)
        #expect(left.articles.isEmpty && left.memberships.isEmpty)
    }
}
