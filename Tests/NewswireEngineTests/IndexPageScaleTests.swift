import Foundation
import NewswireModel
import NewswireStore
import Testing
@testable import NewswireEngine

/// Past `SiteRenderer.sourceFeedsOnIndexPage` sources the index page lists the combined feeds and points to
/// `feeds.opml`, which still lists every feed.
@Suite struct IndexPageScaleTests {
    private func render(sources count: Int) throws -> (index: String, opml: String) {
        let harness = try EngineHarness()
        let configuration = harness.configuration(sources: (0..<count).map { harness.source("s\($0)", "s\($0).rss") })
        let store = try SQLiteArticleStore(stateDir: configuration.site.stateDir)
        _ = try SiteRenderer(configuration: configuration, store: store).renderAll()
        return (try harness.read("index.html"), try harness.read("feeds.opml"))
    }

    @Test func aSiteOfManySourcesListsItsCombinedFeedsAndPointsToOPML() throws {
        let many = SiteRenderer.sourceFeedsOnIndexPage + 1
        let (index, opml) = try render(sources: many)
        #expect(!index.contains("feeds/s0.xml") && index.contains("feeds/all.xml"))
        #expect(index.contains("The \(many) sources' own feeds are listed in <a href=\"feeds.opml\">feeds.opml</a>"))
        #expect(opml.components(separatedBy: "<outline ").count - 1 == many + 1)
    }

    @Test func aSmallerSiteListsEveryFeed() throws {
        let (index, _) = try render(sources: SiteRenderer.sourceFeedsOnIndexPage)
        #expect(index.contains("feeds/s0.xml") && index.contains("feeds/all.xml") && !index.contains("feeds.opml"))
    }
}
