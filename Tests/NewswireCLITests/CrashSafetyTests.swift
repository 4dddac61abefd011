import Foundation
import NewswireTestSupport
import Testing

/// SIGKILL `regenerate` at many moments of a run over many sources; after each kill the next run
/// completes and nothing is lost, duplicated, corrupt or half-written.
@Suite struct CrashSafetyTests {
    static let sourceCount = 24
    static let itemsPerSource = 4

    /// Version `round` of source `index`: its own stories (titles change with the round, so every
    /// run has work to store and render) and one story shared by every source.
    static func feed(_ index: Int, round: Int) -> String {
        var items = (0..<itemsPerSource).map { item in
            "<item><guid>s\(index)-\(item)</guid><title>Story \(index)-\(item) v\(round)</title>"
                + "<link>https://news.example/\(index)/\(item)</link>"
                + "<pubDate>Thu, 26 Dec 2024 0\(item):\(10 + index):00 GMT</pubDate>"
                + "<description>Text of story \(index)-\(item), version \(round).</description></item>"
        }
        items.append("<item><guid>shared</guid><title>The shared story</title>"
            + "<link>https://news.example/shared</link><description>Everywhere.</description></item>")
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Source \(index)</title>"
            + "<link>https://s\(index).example/</link>\(items.joined())</channel></rss>"
    }

    @Test func killedAtManyMomentsLosesNothingAndLeavesWholeFiles() async throws {
        let site = try CLISite()
        let round = RoundCounter()
        let gate = KillGate()
        for index in 0..<Self.sourceCount {
            site.server.route("/s\(index).xml") { _ in
                // A short delay spreads the run over time, so the kills land in different steps; past
                // the kill moment, responses stall so that a busy test host cannot let the run finish first.
                TestHTTPResponse(status: 200, headers: [("Content-Type", "application/rss+xml")],
                                 body: Data(Self.feed(index, round: round.value).utf8),
                                 delay: gate.passedMoment() ? Double(TestSlowdown.seconds(5)) : 0.02)
            }
        }
        try writeConfig(site)
        // Every source keeps its own copy of the shared story; the combined feed lists it once.
        let expected = Self.sourceCount * Self.itemsPerSource + 1
        // Moments: after n requests of the run (polling, storing), and once rendering has begun.
        let moments: [Int?] = [1, 3, 6, 10, 14, 18, 22, nil, 2, nil, 12, nil]
        for (attempt, moment) in moments.enumerated() {
            round.value = attempt
            gate.arm(after: moment)
            let before = site.server.requests.count
            let started = Date()
            let feedFile = site.output("feeds/s0.xml").path
            let server = site.server
            let killed = try await site.binary.run(["regenerate", "--config", "newswire.toml"], in: site.folder.url,
                                                   killWhen: {
                if let moment { return server.requests.count - before >= moment }
                let modified = (try? FileManager.default.attributesOfItem(atPath: feedFile))?[.modificationDate]
                return (modified as? Date).map { $0 >= started } ?? false
            })
            gate.arm(after: nil)
            // Responses past the moment stall, so a kill by request count always lands.
            if moment != nil { #expect(killed.signaled, "attempt \(attempt) was not killed: \(killed)") }
            let recovery = try await site.regenerate()
            #expect(recovery.status == 0, "attempt \(attempt) (killed: \(killed.signaled)): \(recovery)")
            try checkStoreAndOutputs(site, expectedArticles: expected, attempt: attempt)
        }
    }

    private func writeConfig(_ site: CLISite) throws {
        var toml = """
            [site]
            base_url   = "https://feeds.example.org/"
            [fetch]
            per_host = 3
            [output]
            entries_per_feed = 500

            """
        for index in 0..<Self.sourceCount {
            toml += "[[source]]\nid = \"s\(index)\"\nurl = \"\(site.server.url("/s\(index).xml"))\"\n"
        }
        toml += "[[feed]]\nid = \"all\"\ntitle = \"All\"\nsources = [\"*\"]\n"
        try Data(toml.utf8).write(to: site.configURL)
    }

    private func checkStoreAndOutputs(_ site: CLISite, expectedArticles: Int, attempt: Int) throws {
        let files = site.outputFiles()
        #expect(!files.contains { $0.contains(".tmp-") }, "attempt \(attempt): temp files left: \(files)")
        let all = try site.outputText("feeds/all.xml")
        #expect(all.hasSuffix("</feed>\n"), "attempt \(attempt): all.xml is not whole")
        #expect(all.components(separatedBy: "<entry").count - 1 == expectedArticles, "attempt \(attempt)")
        #expect(all.components(separatedBy: "The shared story").count - 1 == 1)
        for file in files where file.hasSuffix(".xml") {
            let text = try site.outputText(file)
            #expect(text.hasSuffix(">\n"), "attempt \(attempt): \(file) is not whole")
        }
        if let sqlite = ProcessRunner.findOnPath("sqlite3") {
            let database = site.folder.file("state/newswire.sqlite").path
            let check = try runSync(sqlite, [database, "PRAGMA integrity_check; SELECT count(*) FROM articles;"
                + " SELECT count(DISTINCT coalesce(story_id, id)) FROM articles;"])
            let copies = Self.sourceCount * (Self.itemsPerSource + 1)
            #expect(check == "ok\n\(copies)\n\(expectedArticles)\n", "attempt \(attempt): \(check)")
        }
    }

    private func runSync(_ executable: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Counts the requests of one attempt and tells when they passed its kill moment.
final class KillGate: @unchecked Sendable {
    private let lock = NSLock()
    private var moment: Int?
    private var served = 0

    /// Starts an attempt that is killed after `moment` requests (nil: not by request count).
    func arm(after moment: Int?) {
        lock.withLock {
            self.moment = moment
            served = 0
        }
    }

    /// Counts one request; true when it comes after the kill moment.
    func passedMoment() -> Bool {
        lock.withLock {
            served += 1
            return moment.map { served > $0 } ?? false
        }
    }
}

/// The round every route serves; set by the test between runs.
final class RoundCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    var value: Int {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}
