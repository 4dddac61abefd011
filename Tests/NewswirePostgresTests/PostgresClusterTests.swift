import Foundation
import NewswirePostgres
import NewswireStore
import Testing

/// One renderer at a time, and the cluster as `status` shows it.
@Suite(.enabled(if: TestDatabase.isConfigured, "set NEWSWIRE_TEST_POSTGRES_URL (scripts/pg-cluster)"))
struct PostgresClusterTests {
    @Test func oneInstanceHoldsTheRendererLeaseUntilItExpiresOrIsGivenUp() async throws {
        try await TestDatabase.withStore { store, _ in
            let first = try #require(try await store.acquireRendererLease(owner: "a", for: 60))
            let other = try await store.acquireRendererLease(owner: "b", for: 60)
            #expect(other == nil)
            let renewed = try await store.acquireRendererLease(owner: "a", for: 0)
            #expect(renewed == first, "the holder extends its lease under the same token")
            let takenOver = try #require(try await store.acquireRendererLease(owner: "b", for: 60))
            #expect(takenOver == first + 1, "an expired lease goes to the next instance with a new token")
            let formerHolder = try await store.acquireRendererLease(owner: "a", for: 60)
            #expect(formerHolder == nil)
            try await store.releaseRendererLease(owner: "a", token: first)
            #expect(try await store.acquireRendererLease(owner: "a", for: 60) == nil, "a stale release changes nothing")
            try await store.releaseRendererLease(owner: "b", token: takenOver)
            #expect(try await store.acquireRendererLease(owner: "a", for: 60) == takenOver + 1)
        }
    }

    @Test func theClusterListsInstancesWithTheirLeasesAndTheRenderer() async throws {
        try await TestDatabase.withStore { store, _ in
            try await store.registerSources((0..<5).map { ("s\($0)", "https://s\($0).test/feed") })
            try await store.heartbeat(name: "node-a", pid: 101, host: "a.example")
            try await store.heartbeat(name: "node-b", pid: 202, host: "b.example")
            _ = try await store.claimDueSources(among: ["s0", "s1", "s2"], limit: 3, owner: "node-a", for: 60)
            _ = try await store.claimDueSources(among: ["s3"], limit: 1, owner: "node-b", for: 0)
            _ = try await store.acquireRendererLease(owner: "node-b", for: 60)
            let before = try await store.clusterInstances()
            try await store.heartbeat(name: "node-a", pid: 101, host: "a.example")
            let after = try await store.clusterInstances()
            #expect(before.map(\.name) == ["node-a", "node-b"])
            #expect(before.map(\.leases) == [3, 0], "node-b's lease expired")
            #expect(before.map(\.renders) == [false, true])
            #expect(before.map(\.pid) == [101, 202] && before.map(\.host) == ["a.example", "b.example"])
            #expect(after[0].heartbeat >= before[0].heartbeat && after[0].started == before[0].started)
        }
    }
}
