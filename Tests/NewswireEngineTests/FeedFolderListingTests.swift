import Foundation
import NewswireModel
import NewswireStore
import Testing
@testable import NewswireEngine

/// A renderer lists `feeds/` only when the folder changed since its last render (`FeedFolderListing`).
@Suite struct FeedFolderListingTests {
    private func site() async throws -> (EngineHarness, Configuration) {
        let harness = try EngineHarness()
        harness.host.serve("a.rss", SampleFeed.rss("a", [.init(guid: "a1", title: "A one", link: "https://a.example/1")]))
        harness.host.serve("b.rss", SampleFeed.rss("b", [.init(guid: "b1", title: "B one", link: "https://b.example/1")]))
        let configuration = harness.configuration(sources: [harness.source("a", "a.rss"), harness.source("b", "b.rss")])
        _ = try await harness.regenerate(configuration)
        return (harness, configuration)
    }

    /// Sets the mtime of `feeds/` back to what it was, as a change within one coarse clock tick leaves it.
    private func keepingFolderTime(_ folder: String, _ change: () throws -> Void) throws {
        var before = stat()
        #expect(stat(folder, &before) == 0)
        try change()
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, folder, &times, 0) == 0)
    }

    @Test func aFeedFileRemovedBetweenRendersIsWrittenAgain() async throws {
        let (harness, configuration) = try await site()
        let store = try SQLiteArticleStore(stateDir: configuration.site.stateDir)
        let renderer = SiteRenderer(configuration: configuration, store: store)
        let nothing = RenderPlan.Scope.changed(sources: [], articles: false, labels: false)
        #expect(try renderer.render(nothing).written.isEmpty)
        try FileManager.default.removeItem(atPath: harness.outputDir + "/feeds/b.xml")
        #expect(try renderer.render(nothing).written == ["feeds/b.xml"], "the folder changed: listed again")
        #expect(try renderer.render(nothing).written.isEmpty)
        try FileManager.default.removeItem(atPath: harness.outputDir + "/feeds/all.xml")
        #expect(try renderer.render(nothing).written == ["feeds/all.xml"])
    }

    @Test func anUnchangedFolderIsNotListedAgainUntilTheRecordIsOld() async throws {
        let (harness, configuration) = try await site()
        let store = try SQLiteArticleStore(stateDir: configuration.site.stateDir)
        let folder = harness.outputDir + "/feeds"
        let nothing = RenderPlan.Scope.changed(sources: [], articles: false, labels: false)
        var renderer = SiteRenderer(configuration: configuration, store: store)
        _ = try renderer.render(.everything)
        try keepingFolderTime(folder) { try FileManager.default.removeItem(atPath: folder + "/b.xml") }
        #expect(try renderer.render(nothing).written.isEmpty, "same mtime: the record of the last render holds")
        renderer.feedFolder = FeedFolderListing(relistAfter: .zero)
        _ = try renderer.render(.everything)
        try keepingFolderTime(folder) { try FileManager.default.removeItem(atPath: folder + "/a.xml") }
        #expect(try renderer.render(nothing).written == ["feeds/a.xml"], "a record past `relistAfter` is listed again")
    }
}
