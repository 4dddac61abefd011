import Foundation
import NewswireTestSupport
import Testing

/// `newswire status`: per-source rows from the store, and the log format under the journal.
@Suite struct StatusCommandTests {
    @Test func statusListsEverySourceWithItsLastPoll() async throws {
        let site = try CLISite()
        try site.serveFixture("alpha.rss", at: "/alpha.rss")
        site.serveError(500, at: "/broken")
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/alpha.rss")),
                                       .init(id: "broken", url: site.server.url("/broken"))])
        _ = try await site.regenerate()
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/alpha.rss")),
                                       .init(id: "broken", url: site.server.url("/broken")),
                                       .init(id: "fresh", url: site.server.url("/fresh"))])

        let status = try await site.newswire(["status", "--config", "newswire.toml"])

        #expect(status.status == 0, "\(status)")
        let lines = status.stdoutLines
        #expect(lines.first == "newswire: 3 sources: 1 ok, 1 failing, 1 never polled", "\(status)")
        let alpha = try #require(lines.first { $0.hasPrefix("alpha ") }, "\(status)")
        #expect(alpha.contains(" ok ") && alpha.contains(" 200 ") && alpha.contains(" 2 "), "\(alpha)")
        let broken = try #require(lines.first { $0.hasPrefix("broken ") }, "\(status)")
        #expect(broken.contains("failing") && broken.hasSuffix("HTTP 500"), "\(broken)")
        #expect(lines.contains { $0.hasPrefix("fresh ") && $0.contains("new") }, "\(status)")
    }

    @Test func jsonHasOneObjectPerSource() async throws {
        let site = try CLISite()
        try site.serveFixture("alpha.rss", at: "/alpha.rss")
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/alpha.rss"))])
        _ = try await site.regenerate()

        let status = try await site.newswire(["status", "--config", "newswire.toml", "--json"])

        #expect(status.status == 0, "\(status)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        #expect(document["summary"] as? String == "1 sources: 1 ok, 0 failing, 0 never polled")
        let rows = try #require(document["sources"] as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["articles"] as? Int == 2 && rows.first?["consecutive_failures"] as? Int == 0)
        #expect(rows.first?["last_error"] is NSNull)
        #expect((rows.first?["last_success"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) } != nil)
    }

    @Test func logLinesCarrySyslogPrioritiesUnderTheJournal() async throws {
        let site = try CLISite()
        try site.serveFixture("alpha.rss", at: "/alpha.rss")
        site.serveError(500, at: "/broken")
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/alpha.rss")),
                                       .init(id: "broken", url: site.server.url("/broken"))])

        let journal = try await site.newswire(["regenerate", "--config", "newswire.toml", "--log-level", "info"],
                                              environment: ["JOURNAL_STREAM": "8:12345"])
        let terminal = try await site.newswire(["regenerate", "--config", "newswire.toml", "--log-level", "info"],
                                               environment: ["JOURNAL_STREAM": ""])

        let journalLines = journal.stderr.split(separator: "\n")
        #expect(!journalLines.isEmpty && journalLines.allSatisfy { $0.hasPrefix("<") }, "\(journal)")
        #expect(journalLines.contains { $0.hasPrefix("<4>poll failed") && $0.contains("source.id=broken") }, "\(journal)")
        #expect(journalLines.contains { $0.hasPrefix("<6>polled") && $0.contains("source.id=alpha") }, "\(journal)")
        let terminalLines = terminal.stderr.split(separator: "\n")
        #expect(terminalLines.contains { $0.contains(" WARNING newswire: poll failed") && $0.first?.isNumber == true },
                "\(terminal)")
    }
}
