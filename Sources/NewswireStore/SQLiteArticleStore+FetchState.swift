import Foundation
import GRDB

extension SQLiteArticleStore {
    public func fetchStates() throws -> [String: SourceFetchState] {
        try read { db in
            var states: [String: SourceFetchState] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM sources") {
                let state = Self.fetchState(from: row)
                states[state.sourceID] = state
            }
            return states
        }
    }

    public func saveFetchState(_ state: SourceFetchState) throws {
        try write { db in try Self.save(state, in: db) }
    }

    public func fetchState(sourceID: String) throws -> SourceFetchState? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM sources WHERE id = ?"), arguments: [sourceID])
                .map(Self.fetchState(from:))
        }
    }

    public func saveNextPoll(sourceID: String, at date: Date) throws {
        try write { db in
            try db.cachedStatement(sql: "UPDATE sources SET next_poll = ? WHERE id = ?")
                .execute(arguments: [date.timeIntervalSince1970, sourceID])
        }
    }

    static func save(_ state: SourceFetchState, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO sources (id, url, etag, last_modified, body_hash, permanent_url, last_attempt,
                last_success, http_status, item_count, consecutive_failures, next_poll, last_error, title, site_link)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                state.sourceID, state.url, state.etag, state.lastModified, state.bodyHash, state.permanentURL,
                state.lastAttempt?.timeIntervalSince1970, state.lastSuccess?.timeIntervalSince1970, state.httpStatus,
                state.itemCount, state.consecutiveFailures, state.nextPoll?.timeIntervalSince1970, state.lastError,
                state.title, state.siteLink,
            ])
    }

    static func fetchState(from row: Row) -> SourceFetchState {
        SourceFetchState(
            sourceID: row["id"], url: row["url"], etag: row["etag"], lastModified: row["last_modified"],
            bodyHash: row["body_hash"], permanentURL: row["permanent_url"],
            lastAttempt: date(row["last_attempt"]), lastSuccess: date(row["last_success"]),
            httpStatus: row["http_status"], itemCount: row["item_count"],
            consecutiveFailures: row["consecutive_failures"], nextPoll: date(row["next_poll"]),
            lastError: row["last_error"], title: row["title"], siteLink: row["site_link"])
    }

    static func date(_ seconds: Double?) -> Date? { seconds.map(Date.init(timeIntervalSince1970:)) }
}
