import Foundation
import NewswireEngine
import NewswireFetch
import NewswireModel
import NewswireStore
import Testing

/// `SiteRenderer.render(.changed(…))`: only the feeds a change touches, plus the site-wide files.
@Suite struct SubsetRenderTests {
    @Test func rendersOnlyTheChangedSourceAndTheFeedsOverIt() async throws {
        let harness = try EngineHarness()
        harness.host.serve("a.rss", SampleFeed.rss("a", [.init(guid: "a1", title: "A one", link: "https://a.example/1")]))
        harness.host.serve("b.rss", SampleFeed.rss("b", [.init(guid: "b1", title: "B one", link: "https://b.example/1")]))
        let configuration = harness.configuration(
            sources: [harness.source("a", "a.rss"), harness.source("b", "b.rss")],
            feeds: [FeedSpec(id: "all", title: "All", sources: ["*"]), FeedSpec(id: "only-b", title: "B", sources: ["b"])])
        _ = try await harness.regenerate(configuration)
        harness.host.serve("a.rss", SampleFeed.rss("a", [.init(guid: "a1", title: "A one", link: "https://a.example/1"),
                                                         .init(guid: "a2", title: "A two", link: "https://a.example/2")]))
        _ = try await harness.regenerate(configuration, .init(sourceIDs: ["a"]))
        harness.host.serve("b.rss", SampleFeed.rss("b", [.init(guid: "b2", title: "B two", link: "https://b.example/2")]))
        let store = try SQLiteArticleStore(stateDir: configuration.site.stateDir)
        // Poll b without rendering, then render only what a change of `a` touches.
        let fetcher = CurlFetcher(settings: configuration.fetch, userAgent: "newswire-tests")
        defer { fetcher.shutdown() }
        let poller = SourcePoller(fetcher: fetcher, store: store,
                                  ids: AtomIDs(baseURL: configuration.site.baseURL), logger: .init(label: "t"))
        _ = await poller.poll(configuration.sources[1], state: try store.fetchState(sourceID: "b"))
        try harness.ageOutputs()

        let report = try SiteRenderer(configuration: configuration, store: store).render(.changed(sources: ["a"], articles: true, labels: false))

        #expect(!report.written.contains("feeds/b.xml"))
        #expect(!report.written.contains("feeds/only-b.xml"))
        #expect(report.written.contains("feeds/all.xml"), "the combined feed over a is rendered")
        #expect(report.written.contains("sitemap.xml"))
        #expect(try harness.read("feeds/all.xml").contains("B two"))
        #expect(try !harness.read("feeds/b.xml").contains("B two"), "b's own feed was left as it was")
        #expect(try harness.touchedOutputs().allSatisfy { !$0.hasPrefix("feeds/b") && $0 != "feeds/only-b.xml" })
    }
}
