import Foundation
import GRDB

extension SQLiteArticleStore {
    public func fetchStates() throws -> [String: SourceFetchState] {
        try read { db in
            var states: [String: SourceFetchState] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT \(Self.stateColumns) FROM sources")
            while let row = try rows.next() {
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
            try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Self.stateColumns) FROM sources WHERE id = ?"),
                         arguments: [sourceID])
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

    /// The columns `fetchState(from:)` reads, in its order.
    static let stateColumns = """
        id, url, etag, last_modified, body_hash, permanent_url, last_attempt, last_success, http_status, item_count,
        consecutive_failures, next_poll, last_error, title, site_link
        """

    /// Columns by position (see `stateColumns`): named access costs ~10× more over thousands of sources.
    static func fetchState(from row: Row) -> SourceFetchState {
        SourceFetchState(
            sourceID: row[0], url: row[1], etag: row[2], lastModified: row[3], bodyHash: row[4], permanentURL: row[5],
            lastAttempt: date(row[6]), lastSuccess: date(row[7]), httpStatus: row[8], itemCount: row[9],
            consecutiveFailures: row[10], nextPoll: date(row[11]), lastError: row[12], title: row[13], siteLink: row[14])
    }

    static func date(_ seconds: Double?) -> Date? { seconds.map(Date.init(timeIntervalSince1970:)) }
}
