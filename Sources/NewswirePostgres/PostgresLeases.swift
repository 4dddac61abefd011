import Foundation
import NewswireModel
import NewswireStore
import PostgresNIO

/// A source leased to one instance: its results count only while `token` is the source's current one.
public struct SourceLease: Sendable, Equatable, Hashable {
    public var sourceID: String
    public var token: Int64
}

/// The lease was taken over (it expired and another instance claimed the source): the poll's results are
/// dropped, since the other instance's are newer.
public struct LeaseLost: Error, CustomStringConvertible {
    public var lease: SourceLease
    public var description: String { "the lease of \(lease.sourceID) (token \(lease.token)) was taken over" }
}

/// Leasing due sources among the instances that share the database, on the database's clock (`now()`).
extension PostgresStore {
    /// Makes sure every configured source has a row to lease (a new one is due now).
    public func registerSources(_ sources: [(id: String, url: String)]) async throws(StoreError) {
        guard !sources.isEmpty else { return }
        try await storeCall("registering \(sources.count) sources") { client, logger in
            _ = try await client.query("""
                INSERT INTO sources (id, url) SELECT * FROM unnest(\(sources.map(\.id)), \(sources.map(\.url)))
                ON CONFLICT (id) DO NOTHING
                """, logger: logger)
        }
    }

    /// Leases up to `limit` of `sourceIDs` that are due and not leased (or whose lease expired), for
    /// `duration` seconds: one statement, rows another instance is claiming are skipped, not waited for.
    public func claimDueSources(among sourceIDs: [String], limit: Int, owner: String,
                                for duration: Double) async throws(StoreError) -> [SourceLease] {
        guard limit > 0, !sourceIDs.isEmpty else { return [] }
        return try await storeCall("leasing due sources") { client, logger in
            let rows = try await client.query("""
                WITH due AS (
                    SELECT id FROM sources
                    WHERE id = ANY(\(sourceIDs))
                    AND (next_poll IS NULL OR next_poll <= extract(epoch FROM now()))
                    AND (lease_expires IS NULL OR lease_expires <= extract(epoch FROM now()))
                    ORDER BY next_poll NULLS FIRST, id
                    LIMIT \(limit)
                    FOR UPDATE SKIP LOCKED)
                UPDATE sources s SET lease_owner = \(owner), lease_token = s.lease_token + 1,
                    lease_expires = extract(epoch FROM now()) + \(duration)
                FROM due WHERE s.id = due.id
                RETURNING s.id, s.lease_token
                """, logger: logger)
            var leases: [SourceLease] = []
            for try await (id, token) in rows.decode((String, Int64).self) {
                leases.append(SourceLease(sourceID: id, token: token))
            }
            return leases.sorted { $0.sourceID < $1.sourceID }
        }
    }

    /// Extends the leases still held by `owner` with these tokens; returns the ones that were lost.
    public func renew(_ leases: [SourceLease], owner: String, for duration: Double) async throws(StoreError) -> [SourceLease] {
        guard !leases.isEmpty else { return [] }
        return try await storeCall("renewing \(leases.count) leases") { client, logger in
            var kept = Set<String>()
            for try await id in try await client.query("""
                UPDATE sources s SET lease_expires = extract(epoch FROM now()) + \(duration)
                FROM unnest(\(leases.map(\.sourceID)), \(leases.map(\.token))) AS l(id, token)
                WHERE s.id = l.id AND s.lease_token = l.token AND s.lease_owner = \(owner)
                RETURNING s.id
                """, logger: logger).decode(String.self) {
                kept.insert(id)
            }
            return leases.filter { !kept.contains($0.sourceID) }
        }
    }

    /// Writes the results of a leased poll and ends the lease, in one transaction, only while the lease is
    /// still the source's current one; else nothing is written and `LeaseLost` is thrown.
    public func commit(_ write: StoreWrite, lease: SourceLease, mintAtomID: AtomIDMinter) async throws -> UpdateSummary {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                // The row lock, held to the commit, keeps a claim from slipping in between check and write.
                var held = false
                for try await _ in try await connection.query("""
                    SELECT 1 FROM sources WHERE id = \(lease.sourceID) AND lease_token = \(lease.token) FOR UPDATE
                    """, logger: logger) {
                    held = true
                }
                guard held else { throw LeaseLost(lease: lease) }
                var summary = UpdateSummary()
                switch write {
                case .apply(let update):
                    summary = try await PostgresArticleWriter(connection: connection, logger: logger).apply(update, mint: mintAtomID)
                case .saveFetchState(let state):
                    _ = try await connection.query(Self.saveQuery(state), logger: logger)
                }
                _ = try await connection.query("""
                    UPDATE sources SET lease_owner = NULL, lease_expires = NULL WHERE id = \(lease.sourceID)
                    """, logger: logger)
                return summary
            }
        } catch let error as PostgresTransactionError {
            if let lost = error.closureError as? LeaseLost { throw lost }
            throw StoreError(path: "\(location)", reason: "storing the poll of \(lease.sourceID): \(Self.describe(error))")
        }
    }
}
