import Foundation
import NewswireModel
import NewswireStore
import Testing

@Suite struct SQLiteArticleStoreTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-store-\(UUID().uuidString)").path
    let mint: AtomIDMinter = { source, article, _ in "tag:test,2024:\(source)/\(article.identity)" }
    let t0 = Date(timeIntervalSince1970: 1_735_000_000)

    func article(_ identity: String, link: String?, hash: String, title: String = "Title",
                 published: Date? = nil, categories: [String] = []) -> Article {
        Article(identity: identity, canonicalLink: link, contentHash: hash, title: .text(title),
                summary: .html("<p>\(title)</p>"), published: published, categories: categories)
    }

    func update(_ source: String, _ articles: [Article], at date: Date) -> SourceUpdate {
        SourceUpdate(state: SourceFetchState(sourceID: source, url: "https://\(source).test/feed"), articles: articles,
                     fetchedAt: date)
    }

    @Test func insertsThenLeavesUnchangedArticlesAlone() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try store.apply(update("a", [article("1", link: "https://x.test/1", hash: "h1")], at: t0), mintAtomID: mint)
        #expect(first.inserted == 1)
        let second = try store.apply(update("a", [article("1", link: "https://x.test/1", hash: "h1")],
                                            at: t0 + 60), mintAtomID: mint)
        #expect(second.unchanged == 1 && !second.changedArticles)
        let stored = try store.articles(sourceIDs: ["a"], categories: [], limit: 10)
        #expect(stored.count == 1)
        #expect(stored[0].atomID == "tag:test,2024:a/1")
        // No date in the source: the first-seen time, kept on later fetches.
        #expect(stored[0].published == t0)
        #expect(stored[0].updated == t0)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func newContentHashIsAnUpdateOfTheSameEntry() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try store.apply(update("a", [article("1", link: "https://x.test/1", hash: "h1")], at: t0), mintAtomID: mint)
        let summary = try store.apply(update("a", [article("1", link: "https://x.test/1", hash: "h2", title: "Edited")],
                                             at: t0 + 3600), mintAtomID: mint)
        #expect(summary.updated == 1 && summary.inserted == 0)
        let stored = try store.articles(sourceIDs: ["a"], categories: [], limit: 10)
        #expect(stored.count == 1)
        #expect(stored[0].atomID == "tag:test,2024:a/1")
        #expect(stored[0].article.title.value == "Edited")
        #expect(stored[0].updated == t0 + 3600)
        #expect(stored[0].published == t0)
    }

    @Test func aStoryFromThreeSourcesIsListedOnceAndEachSourceKeepsItsCopy() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var first = article("a-1", link: "https://x.test/story", hash: "h1", title: "From A")
        first.hashIsDedupeKey = true
        _ = try store.apply(update("a", [first], at: t0), mintAtomID: mint)
        // Same canonical link, other identity and content: a duplicate.
        let byLink = try store.apply(update("b", [article("b-9", link: "https://x.test/story", hash: "other",
                                                          title: "From B")], at: t0), mintAtomID: mint)
        #expect(byLink.duplicates == 1 && byLink.inserted == 0)
        // Other link, same substantial text: a duplicate too (a wire copy).
        var wire = article("c-1", link: "https://c.test/copy", hash: "h1", title: "From C")
        wire.hashIsDedupeKey = true
        let byHash = try store.apply(update("c", [wire], at: t0 + 1), mintAtomID: mint)
        #expect(byHash.duplicates == 1)
        let combined = try store.articles(sourceIDs: ["a", "b", "c"], categories: [], limit: 10)
        #expect(combined.count == 1)
        #expect(combined[0].article.title.value == "From A")
        #expect(combined[0].sourceIDs == ["a", "b", "c"])
        #expect(combined[0].relatedLinks == ["https://c.test/copy"])
        // Each source's own feed shows its own copy: its own link, title and id.
        let ofC = try store.articles(sourceIDs: ["c"], categories: [], limit: 10)
        #expect(ofC.map(\.article.canonicalLink) == ["https://c.test/copy"])
        #expect(ofC.map(\.atomID) == ["tag:test,2024:c/c-1"])
        #expect(try store.articles(sourceIDs: ["b"], categories: [], limit: 10).map(\.article.title.value) == ["From B"])
        // Without A, the story's first copy among B and C stands for it.
        let withoutA = try store.articles(sourceIDs: ["b", "c"], categories: [], limit: 10)
        #expect(withoutA.map(\.article.title.value) == ["From B"])
        #expect(withoutA.first?.relatedLinks == ["https://c.test/copy"])
        #expect(try store.sitemapEntries().map(\.link) == ["https://c.test/copy", "https://x.test/story"])
    }

    @Test func equalHashesWithoutSubstantialTextNeverMerge() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Link-only items: both have the hash of empty text, which is no dedupe key.
        _ = try store.apply(update("b", [article("https://b.test/y", link: "https://b.test/y", hash: "empty")], at: t0),
                            mintAtomID: mint)
        let other = try store.apply(update("c", [article("https://c.test/z", link: "https://c.test/z", hash: "empty")],
                                           at: t0), mintAtomID: mint)
        #expect(other.inserted == 1 && other.duplicates == 0)
        #expect(try store.articles(sourceIDs: ["c"], categories: [], limit: 10).map(\.article.canonicalLink)
            == ["https://c.test/z"])
        #expect(try store.articles(sourceIDs: ["b", "c"], categories: [], limit: 10).count == 2)
    }

    @Test func undatedArticlesOfOnePollGetDistinctTimesInListOrder() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let items = (0..<3).map { article("u\($0)", link: "https://x.test/u\($0)", hash: "u\($0)") }
        _ = try store.apply(update("a", items, at: t0), mintAtomID: mint)
        let stored = try store.articles(sourceIDs: ["a"], categories: [], limit: 10)
        #expect(stored.map(\.article.identity) == ["u0", "u1", "u2"])
        #expect(stored.map(\.published) == [t0, t0 - 1, t0 - 2])
        // Stamped once: a later poll keeps them.
        _ = try store.apply(update("a", items, at: t0 + 600), mintAtomID: mint)
        #expect(try store.articles(sourceIDs: ["a"], categories: [], limit: 10).map(\.published) == [t0, t0 - 1, t0 - 2])
    }

    @Test func feedEpochIsRecordedOnce() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try store.feedEpoch(feedID: "empty", now: t0 + 0.5) == t0)
        #expect(try store.feedEpoch(feedID: "empty", now: t0 + 900) == t0)
        #expect(try store.feedEpoch(feedID: "other", now: t0 + 900) == t0 + 900)
    }

    @Test func feedsAreNewestFirstLimitedAndFilteredByCategory() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let articles = (0..<5).map { i in
            article("\(i)", link: "https://x.test/\(i)", hash: "h\(i)", published: t0 + Double(i) * 60,
                    categories: i.isMultiple(of: 2) ? ["Even"] : ["odd"])
        }
        _ = try store.apply(update("a", articles, at: t0), mintAtomID: mint)
        let newest = try store.articles(sourceIDs: ["a"], categories: [], limit: 3)
        #expect(newest.map(\.article.identity) == ["4", "3", "2"])
        let even = try store.articles(sourceIDs: ["a"], categories: ["even"], limit: 10)
        #expect(even.map(\.article.identity) == ["4", "2", "0"])
    }

    @Test func pruneRemovesOldUnlistedArticlesAndTombstonesThem() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let old = article("old", link: "https://x.test/old", hash: "h-old")
        let kept = article("kept", link: "https://x.test/kept", hash: "h-kept")
        _ = try store.apply(update("a", [old, kept], at: t0), mintAtomID: mint)
        // The source stops listing "old"; "kept" is still listed, so it stays however old it is.
        _ = try store.apply(update("a", [kept], at: t0 + 86_400), mintAtomID: mint)
        #expect(try store.prune(olderThan: t0 + 1) == 1)
        #expect(try store.articles(sourceIDs: ["a"], categories: [], limit: 10).map(\.article.identity) == ["kept"])
        // It comes back in the feed: the tombstone keeps it out.
        let again = try store.apply(update("a", [old, kept], at: t0 + 2 * 86_400), mintAtomID: mint)
        #expect(again.tombstoned == 1 && again.inserted == 0)
    }

    @Test func fetchStateRoundTripsAndSurvivesReopening() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let state = SourceFetchState(sourceID: "a", url: "https://a.test/feed", etag: "\"v1\"",
                                     lastModified: "Thu, 26 Dec 2024 09:30:00 GMT", bodyHash: "abc",
                                     lastAttempt: t0, lastSuccess: t0, httpStatus: 200, itemCount: 3,
                                     consecutiveFailures: 0, title: "A")
        try SQLiteArticleStore(stateDir: folder).saveFetchState(state)
        let reopened = try SQLiteArticleStore(stateDir: folder)
        #expect(try reopened.fetchStates()["a"] == state)
    }
}
