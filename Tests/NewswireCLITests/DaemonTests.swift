import Foundation
import NewswireTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `newswire run`, the real binary, against the test HTTP server with a `NOTIFY_SOCKET` listener.
@Suite struct DaemonTests {
    static let fastPoll = "interval = \"1s\"\njitter = \"0%\"\nmax_backoff = \"4s\""

    @Test func changedSourceReachesItsFeedThenSIGTERMStopsCleanly() async throws {
        let site = try CLISite()
        let feed = ServedFeed(server: site.server, path: "/a.rss", titles: ["First story"])
        try site.writeConfig(sources: [.init(id: "a", url: site.server.url("/a.rss"))], poll: Self.fastPoll)
        let daemon = try DaemonProcess(site: site, environment: ["WATCHDOG_USEC": "1000000"])

        #expect(await daemon.waitForNotify("READY=1"), "\(daemon.diagnostics)")
        try #require(await waitUntil { (try? site.outputText("feeds/a.xml"))?.contains("First story") == true },
                     "\(daemon.diagnostics)")
        feed.set(titles: ["Second story", "First story"])
        #expect(await waitUntil(deadline: .now + .seconds(15)) {
            (try? site.outputText("feeds/a.xml"))?.contains("Second story") == true
                && (try? site.outputText("feeds/all.xml"))?.contains("Second story") == true
        }, "\(daemon.diagnostics)")
        #expect(await daemon.waitForNotify("WATCHDOG=1", count: 2), "\(daemon.diagnostics)")
        #expect(daemon.notify.messages.contains { $0.contains("STATUS=1 sources: 1 ok") }, "\(daemon.diagnostics)")

        let status = try await site.newswire(["status", "--config", "newswire.toml", "--json"])
        #expect(status.status == 0, "\(status)")
        #expect(status.stdout.contains("\"id\" : \"a\"") && status.stdout.contains("\"consecutive_failures\" : 0"),
                "\(status)")
        let document = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
        let row = try #require((document?["sources"] as? [[String: Any]])?.first, "\(status)")
        #expect(Set(row.keys) == ["id", "url", "state", "last_attempt", "last_success", "http_status", "articles",
                                  "consecutive_failures", "next_due", "last_error"])
        #expect(row["next_due"] is String, "the schedule is stored: \(status)")
        #expect(row["http_status"] as? Int == 200 && row["state"] as? String == "ok", "\(status)")
        let metrics = try String(contentsOf: site.folder.file("state/metrics.prom"), encoding: .utf8)
        #expect(metrics.contains("newswire_polls_total ") && metrics.contains("newswire_source_staleness_seconds{source=\"a\"}"))

        daemon.send(SIGTERM)
        #expect(await daemon.waitForExit() == 0, "\(daemon.diagnostics)")
        #expect(daemon.notify.count("STOPPING=1") == 1, "\(daemon.diagnostics)")
        let leftovers = site.outputFiles().filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "temp files left: \(leftovers)")
    }

    @Test func failingSourceBacksOffAndRecovers() async throws {
        let site = try CLISite()
        let feed = ServedFeed(server: site.server, path: "/flaky.rss", titles: ["Back again"], status: 503)
        try site.writeConfig(sources: [.init(id: "flaky", url: site.server.url("/flaky.rss"))], poll: Self.fastPoll)
        let daemon = try DaemonProcess(site: site)
        #expect(await daemon.waitForNotify("READY=1"), "\(daemon.diagnostics)")

        try #require(await waitUntil(deadline: .now + .seconds(20)) { feed.requestTimes.count >= 3 },
                     "\(daemon.diagnostics)")
        let times = feed.requestTimes
        let firstGap = times[1] - times[0], secondGap = times[2] - times[1]
        #expect(secondGap > firstGap, "gaps \(firstGap), \(secondGap) did not grow\n\(daemon.diagnostics)")
        #expect(firstGap >= .seconds(1.5), "backed off less than twice the interval: \(firstGap)")

        feed.set(status: 200)
        #expect(await waitUntil(deadline: .now + .seconds(15)) {
            (try? site.outputText("feeds/flaky.xml"))?.contains("Back again") == true
        }, "\(daemon.diagnostics)")
        let status = try await site.newswire(["status", "--config", "newswire.toml"])
        #expect(status.stdout.contains("1 ok, 0 failing"), "\(status)")

        daemon.send(SIGTERM)
        #expect(await daemon.waitForExit() == 0, "\(daemon.diagnostics)")
    }

    @Test func sighupAppliesAValidConfigAndRefusesAnInvalidOne() async throws {
        let site = try CLISite()
        _ = ServedFeed(server: site.server, path: "/a.rss", titles: ["Story A"])
        let b = ServedFeed(server: site.server, path: "/b.rss", titles: ["Story B"])
        try site.writeConfig(sources: [.init(id: "a", url: site.server.url("/a.rss"))], poll: Self.fastPoll)
        let daemon = try DaemonProcess(site: site)
        #expect(await daemon.waitForNotify("READY=1"), "\(daemon.diagnostics)")
        try #require(await waitUntil { site.hasOutput("feeds/a.xml") }, "\(daemon.diagnostics)")

        // Valid: b is added, a is removed (its feed file goes).
        try site.writeConfig(sources: [.init(id: "b", url: site.server.url("/b.rss"))], poll: Self.fastPoll)
        daemon.send(SIGHUP)
        #expect(await daemon.waitForNotify("RELOADING=1"), "\(daemon.diagnostics)")
        #expect(daemon.notify.messages.contains { $0.contains("MONOTONIC_USEC=") })
        #expect(await waitUntil(deadline: .now + .seconds(15)) {
            (try? site.outputText("feeds/b.xml"))?.contains("Story B") == true && !site.hasOutput("feeds/a.xml")
        }, "\(daemon.diagnostics)")
        #expect(await daemon.waitForNotify("READY=1", count: 2), "\(daemon.diagnostics)")

        // Invalid: logged with its diagnostic, the daemon keeps running the old config.
        try Data("[site]\nbase_url = \"https://feeds.example.org/\"\nbogus_key = 1\n".utf8).write(to: site.configURL)
        daemon.send(SIGHUP)
        #expect(await waitUntil(deadline: .now + .seconds(10)) { daemon.log.contains("reload refused") },
                "\(daemon.diagnostics)")
        #expect(daemon.log.contains("newswire.toml:3:1") && daemon.log.contains("bogus_key"), "\(daemon.diagnostics)")
        #expect(await daemon.waitForNotify("READY=1", count: 3), "\(daemon.diagnostics)")
        let polled = b.requestTimes.count
        #expect(await waitUntil(deadline: .now + .seconds(10)) { b.requestTimes.count > polled },
                "b is no longer polled after the refused reload")
        #expect(daemon.process.isRunning)

        // Missing: likewise refused.
        try FileManager.default.removeItem(at: site.configURL)
        daemon.send(SIGHUP)
        #expect(await waitUntil(deadline: .now + .seconds(10)) {
            daemon.log.components(separatedBy: "reload refused").count == 3
        }, "\(daemon.diagnostics)")
        #expect(daemon.process.isRunning)

        daemon.send(SIGTERM)
        #expect(await daemon.waitForExit() == 0, "\(daemon.diagnostics)")
    }

    @Test func secondRunOnTheSameStateFolderExitsNamingTheFirst() async throws {
        let site = try CLISite()
        _ = ServedFeed(server: site.server, path: "/a.rss", titles: ["Story A"])
        try site.writeConfig(sources: [.init(id: "a", url: site.server.url("/a.rss"))], poll: Self.fastPoll)
        let daemon = try DaemonProcess(site: site)
        #expect(await daemon.waitForNotify("READY=1"), "\(daemon.diagnostics)")

        let second = try await site.newswire(["run", "--config", "newswire.toml"])

        #expect(second.status != 0, "\(second)")
        #expect(second.stderr.contains("pid \(daemon.pid)"), "\(second)")
        #expect(daemon.process.isRunning)
        // `regenerate` beside the daemon is fine.
        let regenerate = try await site.regenerate()
        #expect(regenerate.status == 0, "\(regenerate)")
        #expect(AtomText.entryTitles(try site.outputText("feeds/all.xml")) == ["Story A"], "no duplicate entry")
        daemon.send(SIGTERM)
        #expect(await daemon.waitForExit() == 0, "\(daemon.diagnostics)")
    }

    @Test func restartKeepsTheStoredScheduleInsteadOfPollingAgain() async throws {
        let site = try CLISite()
        let feed = ServedFeed(server: site.server, path: "/a.rss", titles: ["Story A"])
        try site.writeConfig(sources: [.init(id: "a", url: site.server.url("/a.rss"))], poll: "interval = \"1h\"")
        let first = try DaemonProcess(site: site)
        try #require(await waitUntil { (try? site.outputText("feeds/a.xml"))?.contains("Story A") == true },
                     "\(first.diagnostics)")
        first.send(SIGINT)
        #expect(await first.waitForExit() == 0, "\(first.diagnostics)")
        try #require(feed.requestTimes.count == 1)

        // A fast watchdog makes the loop's iterations visible: each one would have dispatched a due source.
        let second = try DaemonProcess(site: site, environment: ["WATCHDOG_USEC": "200000"])
        #expect(await second.waitForNotify("READY=1"), "\(second.diagnostics)")
        #expect(await second.waitForNotify("WATCHDOG=1", count: 6), "\(second.diagnostics)")
        #expect(feed.requestTimes.count == 1, "the restart polled a source that was not due")
        second.send(SIGTERM)
        #expect(await second.waitForExit() == 0, "\(second.diagnostics)")
    }
}
