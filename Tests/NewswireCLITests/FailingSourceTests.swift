import Foundation
import NewswireTestSupport
import Testing

/// Failing sources: exit status 1, a `FAILED` line each, and no harm to the others.
@Suite struct FailingSourceTests {
    /// A way for a source to fail and a word its `FAILED` line must contain.
    enum Failure: String, CaseIterable, Sendable {
        case serverError = "HTTP 500"
        case closedPort = "connect"
        case notXML = "parse"
    }

    @Test(arguments: Failure.allCases)
    func failingSourceBesideAGoodOneExitsOne(_ failure: Failure) async throws {
        let site = try CLISite()
        let closed = try ClosedPort()
        try site.serveFixture("alpha.rss", at: "/alpha.rss")
        let brokenURL: String
        switch failure {
        case .serverError:
            site.serveError(500, at: "/broken")
            brokenURL = site.server.url("/broken")
        case .closedPort:
            brokenURL = closed.url("/broken")
        case .notXML:
            site.server.route("/broken") { _ in
                .text("{\"this is\": \"not a feed\", \"nor\": [\"xml\"]}", contentType: "text/plain")
            }
            brokenURL = site.server.url("/broken")
        }
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/alpha.rss")),
                                       .init(id: "broken", url: brokenURL)])

        let result = try await site.regenerate()

        #expect(result.status == 1, "\(result)")
        let failed = result.stdoutLines.filter { $0.contains("FAILED") }
        #expect(failed.count == 1, "\(result)")
        #expect(failed.first.map { $0.contains("broken") && $0.localizedCaseInsensitiveContains(failure.rawValue) }
                    == true, "\(result)")
        #expect(AtomText.entryTitles(try site.outputText("feeds/alpha.xml")).count == 2, "\(result)")
        #expect(AtomText.entryTitles(try site.outputText("feeds/all.xml")).count == 2, "\(result)")
        #expect(site.hasOutput("sitemap.xml") && site.hasOutput("index.html") && site.hasOutput("feeds.opml"))
    }

    @Test func sourceThatStartsFailingKeepsItsStoredArticles() async throws {
        let site = try CLISite()
        try site.serveFixture("alpha.rss", at: "/alpha.rss")
        try site.serveFixture("beta.atom", at: "/beta.atom")
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/alpha.rss")),
                                       .init(id: "beta", url: site.server.url("/beta.atom"))])
        let first = try await site.regenerate()
        try #require(first.status == 0, "\(first)")
        let betaTitles = AtomText.entryTitles(try site.outputText("feeds/beta.xml")).sorted()
        try #require(betaTitles.count == 2)

        site.serveError(500, at: "/beta.atom")
        let second = try await site.regenerate()

        #expect(second.status == 1, "\(second)")
        #expect(second.stdoutLines.contains { $0.contains("FAILED") && $0.contains("beta") }, "\(second)")
        #expect(site.server.requests(to: "/beta.atom").count == 2)
        #expect(AtomText.entryTitles(try site.outputText("feeds/beta.xml")).sorted() == betaTitles)
        let combined = AtomText.entryTitles(try site.outputText("feeds/all.xml"))
        #expect(combined.count == 4)
        for title in betaTitles { #expect(combined.contains(title), "\(title) left the combined feed") }
    }
}
