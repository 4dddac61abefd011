import Foundation
import NewswireModel
import NewswirePostgres
import NewswireStore
import Testing

/// Leasing due sources among instances: one lease per source at a time, taken over when it expires, and the
/// results of a lost lease never written.
@Suite(.enabled(if: TestDatabase.isConfigured, "set NEWSWIRE_TEST_POSTGRES_URL (scripts/pg-cluster)"))
struct PostgresLeaseTests {
    static let ids = (0..<100).map { String(format: "s%03d", $0) }

    private func instances(_ count: Int, _ body: @Sendable ([PostgresStore]) async throws -> Void) async throws {
        let database = try await TestDatabase.create()
        var stores: [PostgresStore] = []
        for _ in 0..<count {
            stores.append(try await PostgresStore.connect(database.location, environment: database.environment,
                                                          logger: TestDatabase.logger))
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for store in stores { group.addTask { await store.run() } }
            defer { group.cancelAll() }
            try await stores[0].migrate()
            try await stores[0].registerSources(Self.ids.map { ($0, "https://\($0).test/feed") })
            try await body(stores)
        }
    }

    @Test func instancesClaimingTogetherNeverLeaseASourceTwice() async throws {
        try await instances(3) { stores in
            let claimed = try await withThrowingTaskGroup(of: [SourceLease].self) { group in
                for (index, store) in stores.enumerated() {
                    group.addTask {
                        var mine: [SourceLease] = []
                        while true {
                            let leases = try await store.claimDueSources(among: Self.ids, limit: 7, owner: "i\(index)", for: 60)
                            if leases.isEmpty { return mine }
                            mine += leases
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append(contentsOf: $1) }
            }
            #expect(claimed.count == Self.ids.count)
            #expect(Set(claimed.map(\.sourceID)) == Set(Self.ids))
            #expect(try await stores[1].claimDueSources(among: Self.ids, limit: 100, owner: "late", for: 60).isEmpty,
                    "every source is leased")
        }
    }

    @Test func anExpiredLeaseIsTakenOverAndTheOldPollIsNotWritten() async throws {
        try await instances(2) { stores in
            let (first, second) = (stores[0], stores[1])
            let mint: AtomIDMinter = { source, article, _ in "tag:t,2024:\(source)/\(article.identity)" }
            let lost = try #require(try await first.claimDueSources(among: ["s001"], limit: 1, owner: "first", for: 0).first)
            let taken = try #require(try await second.claimDueSources(among: ["s001"], limit: 1, owner: "second", for: 60).first)
            #expect(taken.token == lost.token + 1)
            let renewed = try await first.renew([lost], owner: "first", for: 60)
            #expect(renewed == [lost], "the first instance learns it lost the lease")
            func poll(_ title: String, etag: String) -> StoreWrite {
                .apply(SourceUpdate(state: SourceFetchState(sourceID: "s001", url: "https://s001.test/feed", etag: etag),
                                    articles: [Article(identity: title, canonicalLink: "https://s001.test/\(title)",
                                                       contentHash: title, title: .text(title))],
                                    fetchedAt: Date(timeIntervalSince1970: 1_735_000_000)))
            }
            await #expect(throws: LeaseLost.self) {
                _ = try await first.commit(poll("stale", etag: "\"old\""), lease: lost, mintAtomID: mint)
            }
            let summary = try await second.commit(poll("fresh", etag: "\"new\""), lease: taken, mintAtomID: mint)
            #expect(summary.inserted == 1)
            let state = try await first.fetchState(sourceID: "s001")
            #expect(state?.etag == "\"new\"")
            let titles = try await first.articles(sourceIDs: ["s001"], categories: [], limit: 10).map(\.article.title.value)
            #expect(titles == ["fresh"], "nothing of the lost lease's poll was written")
        }
    }

    @Test func aHeldLeaseOrAFuturePollIsNotClaimedAndAPastOneIs() async throws {
        try await instances(2) { stores in
            let held = try await stores[0].claimDueSources(among: ["s002"], limit: 1, owner: "a", for: 60)
            #expect(held.count == 1)
            let whileHeld = try await stores[1].claimDueSources(among: ["s002"], limit: 1, owner: "b", for: 60)
            #expect(whileHeld.isEmpty)
            let later = SourceFetchState(sourceID: "s003", url: "https://s003.test/feed", nextPoll: Date() + 3_600)
            let lease = try #require(try await stores[0].claimDueSources(among: ["s003"], limit: 1, owner: "a", for: 60).first)
            _ = try await stores[0].commit(.saveFetchState(later), lease: lease, mintAtomID: { _, _, _ in "" })
            let notDue = try await stores[1].claimDueSources(among: ["s003"], limit: 1, owner: "b", for: 60)
            #expect(notDue.isEmpty, "its next poll is an hour away")
            try await stores[1].saveNextPoll(sourceID: "s003", at: Date() - 1)
            let due = try await stores[1].claimDueSources(among: ["s003"], limit: 1, owner: "b", for: 60)
            #expect(due.map(\.sourceID) == ["s003"])
            #expect(due.first?.token == lease.token + 1)
        }
    }
}
