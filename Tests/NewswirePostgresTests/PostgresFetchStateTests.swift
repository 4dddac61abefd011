import Foundation
import NewswireModel
import NewswirePostgres
import NewswireStore
import Testing

/// Fetch state in PostgreSQL reads back as the SQLite store reads it back.
@Suite(.enabled(if: TestDatabase.isConfigured, "set NEWSWIRE_TEST_POSTGRES_URL (scripts/pg-cluster)"))
struct PostgresFetchStateTests {
    let full = SourceFetchState(
        sourceID: "portal", url: "https://portal.example/rss", etag: "\"abc\"", lastModified: "Thu, 26 Dec 2024 05:09:00 GMT",
        bodyHash: String(repeating: "a", count: 64), permanentURL: "https://portal.example/feed",
        lastAttempt: Date(timeIntervalSince1970: 1_735_189_740.123456), lastSuccess: Date(timeIntervalSince1970: 1_735_189_000.5),
        httpStatus: 200, itemCount: 20, consecutiveFailures: 0, nextPoll: Date(timeIntervalSince1970: 1_735_190_640.25),
        lastError: nil, title: "新闻 — “Café” 📰", siteLink: "https://portal.example/")

    @Test func aStateReadsBackAsTheSQLiteStoreReadsIt() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-pgstate-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sqlite = try SQLiteArticleStore(stateDir: folder)
        let failing = SourceFetchState(sourceID: "down", url: "https://down.example/feed", lastAttempt: full.lastAttempt,
                                       httpStatus: 503, consecutiveFailures: 3, lastError: "HTTP 503 from https://down.example/feed")
        for state in [full, failing] { try sqlite.saveFetchState(state) }
        let fromSQLite = try sqlite.fetchStates()
        let full = self.full
        try await TestDatabase.withStore { store, _ in
            for state in [full, failing] { try await store.saveFetchState(state) }
            #expect(try await store.fetchStates() == fromSQLite)
            #expect(try await store.fetchState(sourceID: "portal") == full)
            #expect(try await store.fetchState(sourceID: "absent") == nil)
        }
    }

    @Test func savingAgainReplacesAndNextPollTouchesOnlyKnownSources() async throws {
        let full = self.full
        try await TestDatabase.withStore { store, _ in
            try await store.saveFetchState(full)
            var next = full
            next.etag = nil
            next.httpStatus = 304
            next.title = nil
            try await store.saveFetchState(next)
            #expect(try await store.fetchState(sourceID: "portal") == next)
            let later = Date(timeIntervalSince1970: 1_735_200_000)
            try await store.saveNextPoll(sourceID: "portal", at: later)
            try await store.saveNextPoll(sourceID: "absent", at: later)
            #expect(try await store.fetchState(sourceID: "portal")?.nextPoll == later)
            #expect(try await store.fetchStates().keys.sorted() == ["portal"])
        }
    }
}
