import Foundation
import NewswireStore
import PostgresNIO

/// The instances sharing the database, as `status` shows them.
public struct ClusterInstance: Sendable, Equatable {
    public var name: String
    public var pid: Int
    public var host: String
    public var started: Date
    public var heartbeat: Date
    /// Source leases it holds now.
    public var leases: Int
    /// It holds the renderer lease.
    public var renders: Bool
}

/// The renderer lease and the instances' heartbeats, on the database's clock.
extension PostgresStore {
    /// Takes or extends the renderer lease for `owner`: its token when `owner` holds it now (a new token
    /// when it was free, expired or another's), nil when another instance holds it.
    public func acquireRendererLease(owner: String, for duration: Double) async throws(StoreError) -> Int64? {
        try await storeCall("taking the renderer lease") { client, logger in
            for try await token in try await client.query("""
                UPDATE renderer_lease SET
                    token = CASE WHEN owner = \(owner) AND expires > extract(epoch FROM now()) THEN token ELSE token + 1 END,
                    owner = \(owner), expires = extract(epoch FROM now()) + \(duration)
                WHERE id = 1 AND (owner IS NULL OR owner = \(owner) OR expires <= extract(epoch FROM now()))
                RETURNING token
                """, logger: logger).decode(Int64.self) {
                return token
            }
            return nil
        }
    }

    /// Gives the renderer lease up (at a clean stop), if `owner` still holds it with `token`.
    public func releaseRendererLease(owner: String, token: Int64) async throws(StoreError) {
        try await storeCall("releasing the renderer lease") { client, logger in
            _ = try await client.query("""
                UPDATE renderer_lease SET owner = NULL, expires = NULL WHERE id = 1 AND owner = \(owner) AND token = \(token)
                """, logger: logger)
        }
    }

    /// Records that the instance `name` is alive now.
    public func heartbeat(name: String, pid: Int, host: String) async throws(StoreError) {
        try await storeCall("recording the heartbeat of \(name)") { client, logger in
            _ = try await client.query("""
                INSERT INTO instances (name, pid, host, started, heartbeat)
                VALUES (\(name), \(pid), \(host), extract(epoch FROM now()), extract(epoch FROM now()))
                ON CONFLICT (name) DO UPDATE SET pid = excluded.pid, host = excluded.host,
                    started = CASE WHEN instances.pid = excluded.pid THEN instances.started ELSE excluded.started END,
                    heartbeat = excluded.heartbeat
                """, logger: logger)
        }
    }

    /// Every instance seen, with the leases it holds now and whether it renders.
    public func clusterInstances() async throws(StoreError) -> [ClusterInstance] {
        try await storeCall("reading the cluster") { client, logger in
            var instances: [ClusterInstance] = []
            for try await (name, pid, host, started, heartbeat, leases, renders) in try await client.query("""
                SELECT i.name, i.pid, i.host, i.started, i.heartbeat,
                    (SELECT count(*) FROM sources s WHERE s.lease_owner = i.name AND s.lease_expires > extract(epoch FROM now())),
                    EXISTS (SELECT 1 FROM renderer_lease r WHERE r.owner = i.name AND r.expires > extract(epoch FROM now()))
                FROM instances i ORDER BY i.name COLLATE "C"
                """, logger: logger).decode((String, Int, String, Double, Double, Int, Bool).self) {
                instances.append(ClusterInstance(name: name, pid: pid, host: host,
                                                 started: Date(timeIntervalSince1970: started),
                                                 heartbeat: Date(timeIntervalSince1970: heartbeat),
                                                 leases: leases, renders: renders))
            }
            return instances
        }
    }
}
