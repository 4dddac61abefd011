import Foundation
import NewswireEngine
import NewswireModel
import NewswireStore
import Testing

/// Handing out due sources within the bounds, backing off and recovering, restoring stored state.
@Suite struct ScheduleBookTests {
    let now = Date(timeIntervalSince1970: 2_000_000)

    func configuration(_ urls: [String], concurrency: Int = 32, perHost: Int = 2) -> Configuration {
        Configuration(
            path: "/tmp/n.toml",
            site: SiteSettings(title: "t", baseURL: "https://x.example/", outputDir: "/tmp/o", stateDir: "/tmp/s"),
            fetch: FetchSettings(concurrency: concurrency, perHost: perHost),
            poll: PollSettings(interval: 60, jitter: 0, maxBackoff: 600),
            sources: urls.enumerated().map { SourceSpec(id: "s\($0.offset)", url: $0.element) })
    }

    func outcome(_ id: String, failed: Bool, hints: PollHints = PollHints()) -> SourceOutcome {
        var outcome = SourceOutcome(sourceID: id, url: "", result: failed ? .failed(reason: "x") : .notModified)
        outcome.hints = hints
        return outcome
    }

    @Test func sameHostSourcesAreSpreadByPerHost() throws {
        var book = ScheduleBook(concurrency: 32, perHost: 2)
        let urls = (0..<5).map { "https://a.example/\($0)" } + ["https://b.example/x"]
        book.apply(configuration(urls), states: [:], now: now, unit: { 0 })
        let first = book.takeDue(now: now)
        #expect(first.filter { $0.url.contains("a.example") }.count == 2)
        #expect(first.contains { $0.url == "https://b.example/x" })
        let none = book.takeDue(now: now)
        #expect(none.isEmpty)
        let done = try #require(first.first { $0.url.contains("a.example") })
        book.finish(outcome(done.id, failed: false), now: now)
        let next = book.takeDue(now: now)
        #expect(next.count == 1 && next.first?.url.contains("a.example") == true)
    }

    @Test func dueSourcesComeSoonestFirstThenInConfigOrder() {
        var book = ScheduleBook(concurrency: 32, perHost: 10)
        book.apply(configuration((0..<4).map { "https://h\($0).example/" }), states: [:], now: now, unit: { 0 })
        #expect(book.takeDue(now: now).map(\.id) == ["s0", "s1", "s2", "s3"], "equal due times: config order")
        for (id, delay) in [("s2", 0.0), ("s0", 10), ("s3", 5), ("s1", 5)] {
            book.finish(outcome(id, failed: false), now: now.addingTimeInterval(delay), unit: 0.5)
        }
        #expect(book.takeDue(now: now.addingTimeInterval(64)).map(\.id) == ["s2"])
        #expect(book.takeDue(now: now.addingTimeInterval(100)).map(\.id) == ["s1", "s3", "s0"])
        #expect(book.queueCount == 0, "every source is in flight")
    }

    @Test func globalConcurrencyBoundsInFlight() {
        var book = ScheduleBook(concurrency: 3, perHost: 10)
        book.apply(configuration((0..<10).map { "https://h\($0).example/" }, concurrency: 3), states: [:], now: now)
        let first = book.takeDue(now: now), second = book.takeDue(now: now)
        #expect(first.count == 3)
        #expect(book.inFlightCount == 3)
        #expect(second.isEmpty)
    }

    @Test func failuresBackOffAndASuccessRecovers() throws {
        var book = ScheduleBook(concurrency: 32, perHost: 2)
        book.apply(configuration(["https://a.example/"]), states: [:], now: now)
        var delays: [Double] = []
        for _ in 0..<5 {
            _ = book.takeDue(now: now)
            let finished = book.finish(outcome("s0", failed: true), now: now, unit: 0.5)
            let next = try #require(finished)
            delays.append(next.timeIntervalSince(now))
        }
        #expect(delays == [120, 240, 480, 600, 600])
        _ = book.takeDue(now: now)
        let finished = book.finish(outcome("s0", failed: false), now: now, unit: 0.5)
        let next = try #require(finished)
        #expect(next.timeIntervalSince(now) == 60)
        #expect(book.failingCount == 0)
        #expect(book.entries["s0"] != nil, "a failing source is never dropped")
    }

    @Test func rememberedTTLOutlivesA304() throws {
        var book = ScheduleBook(concurrency: 32, perHost: 2)
        book.apply(configuration(["https://a.example/"]), states: [:], now: now)
        book.finish(outcome("s0", failed: false, hints: PollHints(ttl: 300)), now: now, unit: 0.5)
        let finished = book.finish(outcome("s0", failed: false), now: now, unit: 0.5)
        let next = try #require(finished)
        #expect(next.timeIntervalSince(now) == 300)
    }

    @Test func storedNextPollSurvivesARestart() {
        var book = ScheduleBook(concurrency: 32, perHost: 2)
        let later = now.addingTimeInterval(500)
        let states = ["s0": SourceFetchState(sourceID: "s0", url: "https://a.example/", consecutiveFailures: 2,
                                             nextPoll: later)]
        book.apply(configuration(["https://a.example/", "https://b.example/"]), states: states, now: now)
        let due = book.takeDue(now: now)
        #expect(due.map(\.id) == ["s1"])
        #expect(book.entries["s0"]?.due == later)
        #expect(book.entries["s0"]?.failures == 2)
    }

    @Test func reloadAddsRemovesAndRestartsChangedURLs() {
        var book = ScheduleBook(concurrency: 32, perHost: 2)
        book.apply(configuration(["https://a.example/", "https://b.example/"]), states: [:], now: now)
        _ = book.takeDue(now: now)
        book.finish(outcome("s0", failed: false), now: now)
        book.finish(outcome("s1", failed: false), now: now)
        book.apply(configuration(["https://a.example/", "https://moved.example/", "https://c.example/"]),
                   states: [:], now: now)
        #expect(book.order == ["s0", "s1", "s2"])
        let due = book.takeDue(now: now)
        #expect(due.map(\.id).sorted() == ["s1", "s2"])
        book.apply(configuration(["https://a.example/"]), states: [:], now: now)
        #expect(book.entries.keys.sorted() == ["s0"])
        #expect(book.inFlightCount == 0)
        let gone = book.finish(outcome("s2", failed: false), now: now)
        #expect(gone == nil)
    }
}
