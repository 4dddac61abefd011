import Foundation
import NewswireModel
import NewswireStore
import Testing

/// `write(_:mintAtomID:)`: the polls of many sources in one transaction, each write atomic on its own.
@Suite struct BatchWriteTests {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("newswire-batch-\(UUID().uuidString)").path
    let mint: AtomIDMinter = { source, article, _ in "tag:test,2024:\(source)/\(article.identity)" }
    let t0 = Date(timeIntervalSince1970: 1_735_000_000)

    func article(_ identity: String, link: String) -> Article {
        Article(identity: identity, canonicalLink: link, contentHash: "h-\(identity)", title: .text(identity))
    }

    func update(_ source: String, _ articles: [Article]) -> SourceUpdate {
        SourceUpdate(state: SourceFetchState(sourceID: source, url: "https://\(source).test/feed"), articles: articles,
                     fetchedAt: t0)
    }

    @Test func aBatchStoresWhatSeparateWritesWould() async throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let results = await store.write([
            .apply(update("a", [article("a-1", link: "https://x.test/1"), article("a-2", link: "https://x.test/2")])),
            // Stored by "a" earlier in the same batch: a duplicate, not a second article.
            .apply(update("b", [article("b-1", link: "https://x.test/2"), article("b-2", link: "https://x.test/3")])),
            .saveFetchState(SourceFetchState(sourceID: "c", url: "https://c.test/feed", httpStatus: 304)),
        ], mintAtomID: mint)

        let summaries = try results.map { try $0.get() }
        #expect(summaries.map(\.inserted) == [2, 1, 0])
        #expect(summaries.map(\.duplicates) == [0, 1, 0])
        #expect(try store.fetchState(sourceID: "c")?.httpStatus == 304)
        let stored = try store.articles(sourceIDs: ["a", "b"], categories: [], limit: 10)
        #expect(stored.count == 3)
        #expect(stored.first { $0.article.canonicalLink == "https://x.test/2" }?.sourceIDs == ["a", "b"])
        // "b" keeps a copy of its own, which its own feed lists.
        #expect(try store.articles(sourceIDs: ["b"], categories: [], limit: 10).map(\.article.identity).sorted()
            == ["b-1", "b-2"])
    }

    @Test func aFailingWriteIsUndoneAloneAndTheOthersStay() async throws {
        let store = try SQLiteArticleStore(stateDir: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Source "bad" mints the same Atom id twice: its second article breaks the unique constraint.
        let mint: AtomIDMinter = { source, article, _ in
            source == "bad" ? "tag:test,2024:same" : "tag:test,2024:\(source)/\(article.identity)"
        }
        let results = await store.write([
            .apply(update("good", [article("g-1", link: "https://x.test/g1")])),
            .apply(update("bad", [article("x-1", link: "https://x.test/x1"),
                                  article("x-2", link: "https://x.test/x2")])),
            .apply(update("fine", [article("f-1", link: "https://x.test/f1")])),
        ], mintAtomID: mint)

        #expect(results.count == 3)
        #expect((try? results[0].get())?.inserted == 1)
        #expect((try? results[1].get()) == nil)
        #expect((try? results[2].get())?.inserted == 1)
        #expect(try store.fetchState(sourceID: "bad") == nil)
        #expect(try store.articles(sourceIDs: ["bad"], categories: [], limit: 10).isEmpty)
        #expect(try store.articles(sourceIDs: ["good", "fine"], categories: [], limit: 10).count == 2)
        #expect(try store.integrityCheck() == "ok")
    }
}
