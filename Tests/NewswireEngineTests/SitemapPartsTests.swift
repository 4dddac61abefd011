import Foundation
import NewswireModel
import NewswireStore
import Testing
@testable import NewswireEngine

/// The sitemap in stable parts by holder id: a change rewrites only its part, the index lists the parts that
/// have entries, and a store with entries in one part gets a single `urlset`.
@Suite struct SitemapPartsTests {
    let mint: AtomIDMinter = { source, article, _ in "tag:test,2024:\(source)/\(article.identity)" }

    private func articles(_ range: ClosedRange<Int>, host: String = "a") -> [Article] {
        range.map {
            Article(identity: "\(host)\($0)", canonicalLink: "https://\(host).example/\($0)", contentHash: "h\(host)\($0)",
                    title: .text("A \($0)"), published: Date(timeIntervalSince1970: 1_735_000_000 + Double($0)))
        }
    }

    private func poll(_ store: SQLiteArticleStore, _ source: String, _ articles: [Article]) throws -> UpdateSummary {
        try store.apply(SourceUpdate(state: SourceFetchState(sourceID: source, url: "https://\(source).example/feed"),
                                     articles: articles, fetchedAt: Date(timeIntervalSince1970: 1_736_000_000)),
                        mintAtomID: mint)
    }

    @Test func partsFollowTheHoldersAndAChangeRewritesOnlyItsPart() async throws {
        let harness = try EngineHarness()
        let configuration = harness.configuration(sources: [harness.source("a", "a.rss"), harness.source("b", "b.rss")])
        let store = try SQLiteArticleStore(stateDir: configuration.site.stateDir)
        _ = try poll(store, "a", articles(1...5))
        var renderer = SiteRenderer(configuration: configuration, store: store)
        renderer.sitemapIDsPerPart = 2

        let first = try renderer.renderAll()
        #expect(first.written.filter { $0.contains("sitemap") }
                == ["sitemaps/sitemap-1.xml", "sitemaps/sitemap-2.xml", "sitemaps/sitemap-3.xml", "sitemap.xml"])
        let index = try harness.read("sitemap.xml")
        #expect(index.contains("<sitemapindex") && index.components(separatedBy: "<sitemap>").count - 1 == 3)
        let parts = try (1...3).map { try harness.read("sitemaps/sitemap-\($0).xml") }
        #expect(parts.map { $0.components(separatedBy: "<url>").count - 1 } == [2, 2, 1])
        #expect(parts[2].contains("<loc>https://a.example/5</loc>"))

        // Two new articles of a (ids 6 and 7) and b's copy of a's third one (same link, newer): parts 2 (its
        // holder) and 3 and 4 change, part 1 keeps its bytes and time; the index gains part 4.
        try harness.ageOutputs()
        var changed = try poll(store, "a", articles(1...7)).sitemapHolders
        var copy = articles(3...3)[0]
        copy.identity = "b3"
        copy.contentHash = "hb3"
        copy.updated = Date(timeIntervalSince1970: 1_737_000_000)
        changed.formUnion(try poll(store, "b", [copy]).sitemapHolders)
        #expect(changed == [3, 6, 7])
        let report = try renderer.render(.changed(sources: ["a", "b"], articles: true, labels: false, sitemap: changed))
        #expect(report.written.filter { $0.contains("sitemap") }
                == ["sitemaps/sitemap-2.xml", "sitemaps/sitemap-3.xml", "sitemaps/sitemap-4.xml", "sitemap.xml"])
        #expect(try harness.touchedOutputs().filter { $0.contains("sitemap") }
                == ["sitemap.xml", "sitemaps/sitemap-2.xml", "sitemaps/sitemap-3.xml", "sitemaps/sitemap-4.xml"])
        #expect(try harness.read("sitemaps/sitemap-2.xml").contains("<lastmod>2025-01-16T"))

        // What the subset render wrote is what a full render writes.
        let subset = try harness.outputFiles().filter { $0.contains("sitemap") }.map { try harness.read($0) }
        _ = try renderer.renderAll()
        #expect(try harness.outputFiles().filter { $0.contains("sitemap") }.map { try harness.read($0) } == subset)

        // With every entry in one part: one urlset, and the parts are removed.
        renderer.sitemapIDsPerPart = 5_000
        let single = try renderer.render(.changed(sources: [], articles: false, labels: false, sitemap: [1]))
        #expect(Set(single.removed) == Set((1...4).map { "sitemaps/sitemap-\($0).xml" }))
        let urlset = try harness.read("sitemap.xml")
        #expect(urlset.contains("<urlset") && urlset.components(separatedBy: "<url>").count - 1 == 7)
    }

    @Test func anEmptyStoreListsTheSiteItself() throws {
        let harness = try EngineHarness()
        let configuration = harness.configuration(sources: [harness.source("a", "a.rss")])
        let store = try SQLiteArticleStore(stateDir: configuration.site.stateDir)
        _ = try SiteRenderer(configuration: configuration, store: store).renderAll()
        let urlset = try harness.read("sitemap.xml")
        #expect(urlset.components(separatedBy: "<url>").count - 1 == 1)
        #expect(urlset.contains("<loc>\(configuration.site.baseURL)</loc>"))
    }
}
