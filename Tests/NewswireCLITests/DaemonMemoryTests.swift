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

    static func residentKilobytes(of pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        return try #require(Int(line.split(whereSeparator: \.isWhitespace)[1]))
    }
}
