import Foundation
import Logging
import NewswireEngine
import NewswireFetch
import NewswireModel
import NewswireStore
import NewswireTestSupport
import Testing

/// What `SourcePoller` hands the scheduler: `<ttl>`, `Cache-Control: max-age`, `Retry-After`, bytes.
@Suite struct PollerHintsTests {
    static let rssWithTTL = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://t.example/</link>
        <ttl>30</ttl><item><guid>https://t.example/1</guid><title>One</title><link>https://t.example/1</link></item>
        </channel></rss>
        """

    func poll(_ response: TestHTTPResponse) async throws -> SourceOutcome {
        let folder = try TemporaryDirectory(prefix: "hints")
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/feed") { _ in response }
        let store = try SQLiteArticleStore(stateDir: folder.path)
        let fetcher = CurlFetcher(settings: FetchSettings(timeout: 10, connectTimeout: 5), userAgent: "newswire-tests")
        defer { fetcher.shutdown() }
        let poller = SourcePoller(fetcher: fetcher, store: store, ids: AtomIDs(baseURL: "https://x.example/"),
                                  logger: Logger(label: "t", factory: { _ in SwiftLogNoOpLogHandler() }))
        return await poller.poll(SourceSpec(id: "s", url: server.url("/feed")), state: nil)
    }

    @Test func successCarriesTTLMaxAgeAndBytes() async throws {
        let body = Data(Self.rssWithTTL.utf8)
        let outcome = try await poll(TestHTTPResponse(
            status: 200, headers: [("Content-Type", "application/rss+xml"), ("Cache-Control", "public, max-age=300")],
            body: body))
        #expect(!outcome.failed, "\(outcome.result)")
        #expect(outcome.hints.ttl == 1800)
        #expect(outcome.hints.maxAge == 300)
        #expect(outcome.hints.bytes == body.count)
    }

    @Test func failureCarriesRetryAfter() async throws {
        let outcome = try await poll(TestHTTPResponse(status: 503, headers: [("Retry-After", "120")],
                                                      body: Data("busy".utf8)))
        #expect(outcome.failed)
        #expect(outcome.hints.retryAfter == 120)
        #expect(outcome.hints.ttl == nil)
    }
}
