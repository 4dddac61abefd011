import Foundation
import NewswireTestSupport
import Testing

/// `newswire run` keeps nothing per poll: its resident memory after 30 polling cycles is what it was
/// after 5. Each finished poll used to stay in the loop's task group (about 20 KB a poll), which
/// grew RSS by roughly 20 MB over the 1,000 polls between the two readings. Sanitizer builds hold
/// freed memory in quarantine, so the reading means nothing there and the test is skipped.
@Suite struct DaemonMemoryTests {
    static let underSanitizer = ProcessInfo.processInfo.environment["TSAN_OPTIONS"] != nil
        || ProcessInfo.processInfo.environment["NEWSWIRE_TEST_CHILD_ASAN_OPTIONS"] != nil

    @Test(.enabled(if: !underSanitizer))
    func residentMemoryStaysFlatAcrossPollingCycles() async throws {
        let site = try CLISite()
        let count = 40
        let feeds = (0..<count).map {
            ServedFeed(server: site.server, path: "/s\($0).rss", titles: ["Story \($0) at café “Zürich”"])
        }
        try site.writeConfig(sources: (0..<count).map { .init(id: "s\($0)", url: site.server.url("/s\($0).rss")) },
                             poll: DaemonTests.fastPoll)
        let daemon = try DaemonProcess(site: site)
        #expect(await daemon.waitForNotify("READY=1"), "\(daemon.diagnostics)")

        func polls() -> Int { feeds.reduce(0) { $0 + $1.requestTimes.count } }
        try #require(await waitUntil(deadline: .now + .seconds(60)) { polls() >= 5 * count }, "\(daemon.diagnostics)")
        let early = try Self.residentKilobytes(of: daemon.pid)
        try #require(await waitUntil(deadline: .now + .seconds(120)) { polls() >= 30 * count }, "\(daemon.diagnostics)")
        let late = try Self.residentKilobytes(of: daemon.pid)

        #expect(late - early < 8_192, "RSS grew from \(early) to \(late) KB over \(25 * count) polls")
        daemon.send(SIGTERM)
        #expect(await daemon.waitForExit() == 0, "\(daemon.diagnostics)")
    }

    /// Every table the daemon reports in `metrics.prom` is keyed by the configured sources or bounded by the
    /// polls in flight: after 50 cycles of polls that keep changing the feeds, none holds more than after 5.
    @Test func internalTablesHoldTheSameAfterFiftyCyclesAsAfterFive() async throws {
        let site = try CLISite()
        let count = 20
        let feeds = (0..<count).map { ServedFeed(server: site.server, path: "/t\($0).rss", titles: ["Story \($0)"]) }
        try site.writeConfig(sources: (0..<count).map { .init(id: "t\($0)", url: site.server.url("/t\($0).rss")) },
                             poll: DaemonTests.fastPoll)
        let daemon = try DaemonProcess(site: site)
        #expect(await daemon.waitForNotify("READY=1"), "\(daemon.diagnostics)")

        var seen = 0
        // Each time the daemon has polled again, one feed gains a story: renders and pending sets stay busy.
        func polls() -> Int {
            let total = feeds.reduce(0) { $0 + $1.requestTimes.count }
            if total > seen {
                seen = total
                feeds[total % count].set(titles: ["Story \(total % count) update \(total)", "Story \(total % count)"])
            }
            return total
        }
        func tables() throws -> [String: Int] {
            var sizes: [String: Int] = [:]
            for line in try site.stateText("metrics.prom").split(separator: "\n")
            where line.hasPrefix("newswire_table_entries{table=\"") {
                let name = line.split(separator: "\"")[1], value = line.split(separator: " ").last ?? ""
                sizes[String(name)] = Int(value)
            }
            return sizes
        }
        try #require(await waitUntil(deadline: .now + .seconds(60)) { polls() >= 5 * count }, "\(daemon.diagnostics)")
        let early = try tables()
        try #require(await waitUntil(deadline: .now + .seconds(180)) { polls() >= 50 * count }, "\(daemon.diagnostics)")
        let late = try tables()

        #expect(Set(late.keys) == ["schedule", "schedule_order", "schedule_queue", "hosts_in_flight", "render_pending", "fetch_jobs",
                                   "fetch_queue_slots", "fetch_hosts", "fetch_transfers"])
        for sizes in [early, late] {
            #expect(sizes["schedule"] == count && sizes["schedule_order"] == count, "\(sizes)")
            for (name, entries) in sizes where name != "fetch_queue_slots" {
                #expect(entries <= count, "\(name): \(entries) entries for \(count) sources")
            }
            // Released slots stay until the queue is compacted, at the latest when they are most of it.
            #expect(sizes["fetch_queue_slots", default: 0] <= 2 * count + 64, "\(sizes)")
        }
        daemon.send(SIGTERM)
        #expect(await daemon.waitForExit() == 0, "\(daemon.diagnostics)")
    }

    static func residentKilobytes(of pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        return try #require(Int(line.split(whereSeparator: \.isWhitespace)[1]))
    }
}
