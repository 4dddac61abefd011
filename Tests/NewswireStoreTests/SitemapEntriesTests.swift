import Foundation
import NewswireModel
import NewswireStore
import Testing

/// `sitemapEntries`: every stored link once, held by the first article that carries it, with the newest
/// update of the articles that carry it; writes report the holders they changed.
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

    @Test func aCopyWithAKnownLinkRaisesTheFirstHoldersDateAndReportsIt() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try store.apply(update("a", "x", link: "https://n.test/1", hash: "h1", updated: t0), mintAtomID: mint)
        #expect(first.sitemapHolders.count == 1)
        let holder = try #require(first.sitemapHolders.first)
        // An older copy elsewhere changes nothing in the sitemap; a newer one raises the date of the first.
        let older = try store.apply(update("b", "y", link: "https://n.test/1", hash: "h2", updated: t0 - 60), mintAtomID: mint)
        #expect(older.duplicates == 1 && older.sitemapHolders.isEmpty)
        let newer = try store.apply(update("c", "z", link: "https://n.test/1", hash: "h3", updated: t0 + 60), mintAtomID: mint)
        #expect(newer.sitemapHolders == [holder])
        #expect(try store.sitemapEntries(heldIn: holder...holder) == [SitemapEntry(link: "https://n.test/1", lastmod: t0 + 60)])
        #expect(try store.firstSitemapHolder(from: holder + 1) == nil, "the copies hold nothing")
        let unchanged = try store.apply(update("c", "z", link: "https://n.test/1", hash: "h3", updated: t0 + 60), mintAtomID: mint)
        #expect(unchanged.sitemapHolders.isEmpty)
    }

    @Test func aRewriteToAnotherLinkHandsTheOldLinkToTheNextArticle() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let a = try #require(try store.apply(update("a", "x", link: "https://n.test/1", hash: "h1", updated: t0),
                                             mintAtomID: mint).sitemapHolders.first)
        _ = try store.apply(update("b", "y", link: "https://n.test/1", hash: "h2", updated: t0 + 10), mintAtomID: mint)
        let b = a + 1  // ids of a fresh store follow one another
        let moved = try store.apply(update("a", "x", link: "https://n.test/2", hash: "h3", updated: t0 + 20), mintAtomID: mint)
        // a now holds its new link; b, the next article with the old link, holds that one.
        #expect(moved.sitemapHolders == [a, b])
        #expect(try store.sitemapEntries() == [SitemapEntry(link: "https://n.test/1", lastmod: t0 + 10),
                                               SitemapEntry(link: "https://n.test/2", lastmod: t0 + 20)])
        #expect(try store.sitemapEntries(heldIn: b...b).map(\.link) == ["https://n.test/1"])
    }

    @Test func pruningTheFirstArticleHandsItsLinkToTheNext() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try store.apply(update("a", "x", link: "https://n.test/1", hash: "h1", updated: t0), mintAtomID: mint)
        _ = try store.apply(update("b", "y", link: "https://n.test/1", hash: "h2", updated: t0 - 10), mintAtomID: mint)
        // a stops listing its article, which is older than the cutoff: it goes, b's copy stays.
        var empty = update("a", "x", link: nil, hash: "h1", updated: t0)
        empty.articles = []
        _ = try store.apply(empty, mintAtomID: mint)
        #expect(try store.prune(olderThan: t0 + 1) == 1)
        #expect(try store.sitemapEntries() == [SitemapEntry(link: "https://n.test/1", lastmod: t0 - 10)])
        #expect(try store.firstSitemapHolder(from: 1) == 2)
    }
}
