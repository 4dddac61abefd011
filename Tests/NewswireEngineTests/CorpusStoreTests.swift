import Foundation
import NewswireModel
import NewswireStore
import NewswireTestSupport
import Testing

/// Every field of every corpus article survives the SQLite store unchanged.
@Suite struct CorpusStoreTests {
    @Test(arguments: CorpusPipeline.fixtureNames)
    func storeKeepsEveryField(_ name: String) throws {
        let articles = try CorpusPipeline.run(name).articles
        guard !articles.isEmpty else { return }
        let folder = try TemporaryDirectory(prefix: "newswire-corpus-store")
        let store = try SQLiteArticleStore(stateDir: folder.path)
        let update = SourceUpdate(state: SourceFetchState(sourceID: "corpus", url: CorpusPipeline.documentURL(name)),
                                  articles: articles, fetchedAt: CorpusPipeline.now)
        _ = try store.apply(update, mintAtomID: { _, article, _ in "tag:feeds.example.org,2024:\(article.identity)" })
        let stored = try store.articles(sourceIDs: ["corpus"], categories: [], limit: 1_000)
        let byIdentity = Dictionary(stored.map { ($0.article.identity, $0.article) }, uniquingKeysWith: { first, _ in first })
        for article in articles {
            // Two items of one source with the same text are one article: the first one is kept.
            guard let back = byIdentity[article.identity] else {
                #expect(stored.contains { $0.article.contentHash == article.contentHash }, "\(name): \(article.identity) lost")
                continue
            }
            #expect(back == article, "\(name): \(article.identity)")
        }
    }
}
