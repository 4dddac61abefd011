import Foundation
import NewswireModel
import NewswireStore
import Testing
@testable import NewswireEngine

/// The sitemap streams from the store's cursor in parts: parts are written before the index that lists them,
/// and parts a smaller store no longer needs are removed.
@Suite struct SitemapPartsTests {
    @Test func partsFollowTheStoreAndStalePartsAreRemoved() async throws {
        let harness = try EngineHarness()
        let items = (1...5).map { SampleFeed.Entry(guid: "a\($0)", title: "A \($0)", link: "https://a.example/\($0)") }
        harness.host.serve("a.rss", SampleFeed.rss("a", items))
        let configuration = harness.configuration(sources: [harness.source("a", "a.rss")])
        _ = try await harness.regenerate(configuration)
        let store = try SQLiteArticleStore(stateDir: configuration.site.stateDir)
        var renderer = SiteRenderer(configuration: configuration, store: store)
        renderer.sitemapURLsPerPart = 2

        let split = try renderer.renderAll()
        #expect(split.written.filter { $0.contains("sitemap") }
                == ["sitemaps/sitemap-1.xml", "sitemaps/sitemap-2.xml", "sitemaps/sitemap-3.xml", "sitemap.xml"])
        let index = try harness.read("sitemap.xml")
        #expect(index.contains("<sitemapindex") && index.components(separatedBy: "<sitemap>").count - 1 == 3)
        let parts = try (1...3).map { try harness.read("sitemaps/sitemap-\($0).xml") }
        #expect(parts.map { $0.components(separatedBy: "<url>").count - 1 } == [2, 2, 1])
        #expect(parts.joined().contains("<loc>https://a.example/5</loc>"))

        renderer.sitemapURLsPerPart = 50_000
        let single = try renderer.renderAll()
        #expect(Set(single.removed) == ["sitemaps/sitemap-1.xml", "sitemaps/sitemap-2.xml", "sitemaps/sitemap-3.xml"])
        #expect(try harness.read("sitemap.xml").components(separatedBy: "<url>").count - 1 == 5)
    }
}
