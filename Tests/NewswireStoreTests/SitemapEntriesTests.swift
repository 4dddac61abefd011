import Foundation
import NewswireModel
import NewswireStore
import Testing

/// `sitemapEntries`: every stored link once, with the newest update of the articles that carry it.
@Suite struct SitemapEntriesTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-sitemap-\(UUID().uuidString)").path
    let mint: AtomIDMinter = { source, article, _ in "tag:test,2024:\(source)/\(article.identity)" }
    let t0 = Date(timeIntervalSince1970: 1_735_000_000)

    func update(_ source: String, _ identity: String, link: String?, hash: String, updated: Date) -> SourceUpdate {
        let article = Article(identity: identity, canonicalLink: link, contentHash: hash, title: .text(identity),
                              published: t0, updated: updated)
        return SourceUpdate(state: SourceFetchState(sourceID: source, url: "https://\(source).test/feed"),
                            articles: [article], fetchedAt: updated)
    }

    @Test func eachLinkOnceWithItsNewestUpdate() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try store.apply(update("a", "x", link: "https://n.test/1", hash: "h1", updated: t0), mintAtomID: mint)
        _ = try store.apply(update("b", "y", link: "https://n.test/2", hash: "h2", updated: t0), mintAtomID: mint)
        _ = try store.apply(update("c", "z", link: nil, hash: "h3", updated: t0), mintAtomID: mint)
        // b's story moves to a's link with new text: two articles now carry that link.
        let moved = try store.apply(update("b", "y", link: "https://n.test/1", hash: "h4", updated: t0 + 3_600),
                                    mintAtomID: mint)
        #expect(moved.updated == 1)

        #expect(try store.sitemapEntries() == [SitemapEntry(link: "https://n.test/1", lastmod: t0 + 3_600)])
    }
}
