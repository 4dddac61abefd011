import Foundation
import NewswireModel
import NewswireStore
import Testing

/// The store queries that keep a one-source poll cheap: pruning by source, and combined feeds over many sources.
@Suite struct PruneBySourceTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-prune-\(UUID().uuidString)").path
    let mint: AtomIDMinter = { source, article, _ in "tag:test,2024:\(source)/\(article.identity)" }
    let t0 = Date(timeIntervalSince1970: 1_735_000_000)

    func article(_ identity: String, published: Date? = nil) -> Article {
        Article(identity: identity, canonicalLink: "https://x.test/\(identity)", contentHash: "h-\(identity)",
                title: .text(identity), published: published)
    }

    func update(_ source: String, _ articles: [Article], at date: Date) -> SourceUpdate {
        SourceUpdate(state: SourceFetchState(sourceID: source, url: "https://\(source).test/feed"), articles: articles,
                     fetchedAt: date)
    }

    @Test func pruningNamedSourcesLeavesOtherSourcesArticles() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try store.apply(update("a", [article("a-old"), article("a-kept")], at: t0), mintAtomID: mint)
        _ = try store.apply(update("b", [article("b-old"), article("b-kept")], at: t0), mintAtomID: mint)
        _ = try store.apply(update("a", [article("a-kept")], at: t0 + 86_400), mintAtomID: mint)
        _ = try store.apply(update("b", [article("b-kept")], at: t0 + 86_400), mintAtomID: mint)

        #expect(try store.prune(olderThan: t0 + 1, sourceIDs: []) == 0)
        #expect(try store.prune(olderThan: t0 + 1, sourceIDs: ["a"]) == 1)
        #expect(try store.articles(sourceIDs: ["a"], categories: [], limit: 10).map(\.article.identity) == ["a-kept"])
        #expect(try store.articles(sourceIDs: ["b"], categories: [], limit: 10).count == 2)
        #expect(try store.prune(olderThan: t0 + 1) == 1)
        #expect(try store.articles(sourceIDs: ["b"], categories: [], limit: 10).map(\.article.identity) == ["b-kept"])
    }

    @Test func combinedFeedOverManySourcesIsNewestFirstAndLimited() throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ids = (0..<20).map { "s\($0)" }
        for (index, id) in ids.enumerated() {
            let published = t0 + Double(index * 60)
            _ = try store.apply(update(id, [article("\(id)-1", published: published),
                                            article("\(id)-2", published: published + 1)], at: t0), mintAtomID: mint)
        }
        _ = try store.apply(update("other", [article("newest", published: t0 + 100_000)], at: t0), mintAtomID: mint)

        let combined = try store.articles(sourceIDs: ids, categories: [], limit: 5).map(\.article.identity)
        let few = try store.articles(sourceIDs: Array(ids.suffix(3)), categories: [], limit: 5).map(\.article.identity)

        #expect(combined == ["s19-2", "s19-1", "s18-2", "s18-1", "s17-2"])
        #expect(few == combined, "the few-source and many-source queries agree")
        #expect(try store.articles(sourceIDs: ids, categories: [], limit: 100).count == 40)
    }
}
