import Foundation
import NewswireStore
import PostgresNIO

/// Fetch state, as `SQLiteArticleStore+FetchState` keeps it, in the shared `sources` table.
extension PostgresStore {
    public func fetchStates() async throws(StoreError) -> [String: SourceFetchState] {
        try await storeCall("reading fetch states") { client, logger in
            var states: [String: SourceFetchState] = [:]
            let rows = try await client.query(PostgresQuery(unsafeSQL: "SELECT \(Self.stateColumns) FROM sources"),
                                              logger: logger)
            for try await row in rows {
                let state = try Self.fetchState(from: row)
                states[state.sourceID] = state
            }
            return states
        }
    }

    public func fetchState(sourceID: String) async throws(StoreError) -> SourceFetchState? {
        try await storeCall("reading the fetch state of \(sourceID)") { client, logger in
            var query = PostgresQuery(unsafeSQL: "SELECT \(Self.stateColumns) FROM sources WHERE id = $1")
            query.binds.append(sourceID)
            for try await row in try await client.query(query, logger: logger) {
                return try Self.fetchState(from: row)
            }
            return nil
        }
    }

    public func saveFetchState(_ state: SourceFetchState) async throws(StoreError) {
        try await storeCall("saving the fetch state of \(state.sourceID)") { client, logger in
            _ = try await client.query(Self.saveQuery(state), logger: logger)
        }
    }

    public func saveNextPoll(sourceID: String, at date: Date) async throws(StoreError) {
        try await storeCall("saving the next poll of \(sourceID)") { client, logger in
            _ = try await client.query("UPDATE sources SET next_poll = \(date.timeIntervalSince1970) WHERE id = \(sourceID)",
                                       logger: logger)
        }
    }

    /// The upsert of one source's state (every column but the ones other instances' leases own).
    static func saveQuery(_ state: SourceFetchState) -> PostgresQuery {
        """
        INSERT INTO sources (id, url, etag, last_modified, body_hash, permanent_url, last_attempt, last_success,
            http_status, item_count, consecutive_failures, next_poll, last_error, title, site_link)
        VALUES (\(state.sourceID), \(state.url), \(state.etag), \(state.lastModified), \(state.bodyHash),
            \(state.permanentURL), \(state.lastAttempt?.timeIntervalSince1970), \(state.lastSuccess?.timeIntervalSince1970),
            \(state.httpStatus), \(state.itemCount), \(state.consecutiveFailures), \(state.nextPoll?.timeIntervalSince1970),
            \(state.lastError), \(state.title), \(state.siteLink))
        ON CONFLICT (id) DO UPDATE SET url = excluded.url, etag = excluded.etag, last_modified = excluded.last_modified,
            body_hash = excluded.body_hash, permanent_url = excluded.permanent_url, last_attempt = excluded.last_attempt,
            last_success = excluded.last_success, http_status = excluded.http_status, item_count = excluded.item_count,
            consecutive_failures = excluded.consecutive_failures, next_poll = excluded.next_poll,
            last_error = excluded.last_error, title = excluded.title, site_link = excluded.site_link
        """
    }

    /// The columns `fetchState(from:)` reads, in its order (the SQLite store's).
    static let stateColumns = """
        id, url, etag, last_modified, body_hash, permanent_url, last_attempt, last_success, http_status, item_count,
        consecutive_failures, next_poll, last_error, title, site_link
        """

    static func fetchState(from row: PostgresRow) throws -> SourceFetchState {
        let row = row.makeRandomAccess()
        func date(_ index: Int) throws -> Date? {
            try row[index].decode(Double?.self).map(Date.init(timeIntervalSince1970:))
        }
        return SourceFetchState(
            sourceID: try row[0].decode(String.self), url: try row[1].decode(String.self),
            etag: try row[2].decode(String?.self), lastModified: try row[3].decode(String?.self),
            bodyHash: try row[4].decode(String?.self), permanentURL: try row[5].decode(String?.self),
            lastAttempt: try date(6), lastSuccess: try date(7), httpStatus: try row[8].decode(Int?.self),
            itemCount: try row[9].decode(Int.self), consecutiveFailures: try row[10].decode(Int.self),
            nextPoll: try date(11), lastError: try row[12].decode(String?.self), title: try row[13].decode(String?.self),
            siteLink: try row[14].decode(String?.self))
    }
}
