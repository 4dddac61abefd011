import Foundation
import Testing

/// `regenerate --offline`, `--source ID` and usage errors (exit 64).
@Suite struct RegenerateOptionsTests {
    private func twoSourceSite() throws -> CLISite {
        let site = try CLISite()
        try site.serveFixture("alpha.rss", at: "/alpha.rss")
        try site.serveFixture("beta.atom", at: "/beta.atom")
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/alpha.rss")),
                                       .init(id: "beta", url: site.server.url("/beta.atom"))])
        return site
    }

    @Test func offlineMakesNoRequestAndRendersFromTheStore() async throws {
        let site = try twoSourceSite()
        let first = try await site.regenerate()
        try #require(first.status == 0, "\(first)")
        let requestsBefore = site.server.requests.count
        try FileManager.default.removeItem(at: site.outputFolder)

        let offline = try await site.regenerate(["--offline"])

        #expect(offline.status == 0, "\(offline)")
        #expect(site.server.requests.count == requestsBefore)
        #expect(offline.stdoutLines.first == "newswire: 2 sources: 0 ok, 0 failed, 2 not polled", "\(offline)")
        #expect(AtomText.entryTitles(try site.outputText("feeds/alpha.xml")).count == 2, "\(offline)")
        #expect(AtomText.entryTitles(try site.outputText("feeds/beta.xml")).count == 2, "\(offline)")
        #expect(AtomText.entryTitles(try site.outputText("feeds/all.xml")).count == 4, "\(offline)")
        #expect(site.hasOutput("sitemap.xml") && site.hasOutput("feeds.opml") && site.hasOutput("index.html"))
    }

    @Test func sourceOptionPollsOnlyThatSource() async throws {
        let site = try twoSourceSite()

        let result = try await site.regenerate(["--source", "alpha"])

        #expect(result.status == 0, "\(result)")
        #expect(site.server.requests(to: "/alpha.rss").count == 1)
        #expect(site.server.requests(to: "/beta.atom").isEmpty)
        #expect(result.stdoutLines.contains { $0.contains(" alpha ") && $0.contains("ok") }, "\(result)")
        #expect(AtomText.entryTitles(try site.outputText("feeds/alpha.xml")).count == 2)
        #expect(AtomText.entryTitles(try site.outputText("feeds/all.xml")).count == 2)
    }

    @Test func unknownSourceIDIsAUsageError() async throws {
        let site = try twoSourceSite()

        let result = try await site.regenerate(["--source", "nope"])

        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("nope"), "\(result)")
        #expect(site.server.requests.isEmpty)
    }

    @Test(arguments: [["regenerate", "--config", "newswire.toml", "--bogus"],
                      ["check", "--config", "newswire.toml", "--offline"],
                      ["frobnicate"]])
    func badUsageExits64(_ arguments: [String]) async throws {
        let site = try twoSourceSite()

        let result = try await site.newswire(arguments)

        #expect(result.status == 64, "\(result)")
        #expect(!result.stderr.isEmpty, "\(result)")
        #expect(site.server.requests.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.outputFolder.path))
    }
}
