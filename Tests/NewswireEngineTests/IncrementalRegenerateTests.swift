import Foundation
import NewswireEngine
import NewswireModel
import Testing

/// `regenerate` after a complete render re-renders only what its poll changed; anything it cannot
/// vouch for (no fingerprint, another configuration, missing files) is rendered.
@Suite struct IncrementalRegenerateTests {
    func twoSources(_ harness: EngineHarness) -> Configuration {
        harness.host.serve("a.rss", SampleFeed.rss("a", [.init(guid: "a1", title: "A one", link: "https://a.example/1")]))
        harness.host.serve("b.rss", SampleFeed.rss("b", [.init(guid: "b1", title: "B one", link: "https://b.example/1")]))
        return harness.configuration(sources: [harness.source("a", "a.rss"), harness.source("b", "b.rss")])
    }

    @Test func unchangedPollRendersNoFeedAndAChangedSourceOnlyItsFeeds() async throws {
        let harness = try EngineHarness()
        let configuration = twoSources(harness)
        let first = try await harness.regenerate(configuration)
        #expect(first.render.written.contains("feeds/b.xml"))

        let quiet = try await harness.regenerate(configuration)
        #expect(quiet.render.written.isEmpty, "\(quiet.render)")
        #expect(quiet.render.unchanged == 0, "nothing changed, so no file is even compared")

        harness.host.serve("a.rss", SampleFeed.rss("a", [.init(guid: "a1", title: "A one", link: "https://a.example/1"),
                                                         .init(guid: "a2", title: "A two", link: "https://a.example/2")]))
        let changed = try await harness.regenerate(configuration)
        #expect(Set(changed.render.written) == ["feeds/a.xml", "feeds/all.xml", "sitemap.xml", "index.html"],
                "\(changed.render.written)")
        #expect(try harness.read("feeds/all.xml").contains("A two"))
    }

    @Test func aNewSourceTitleAloneRendersThatSourcesFeedOPMLAndIndex() async throws {
        let harness = try EngineHarness()
        let configuration = twoSources(harness)
        _ = try await harness.regenerate(configuration)

        harness.host.serve("a.rss", SampleFeed.rss("a renamed", [.init(guid: "a1", title: "A one", link: "https://a.example/1")]))
        let renamed = try await harness.regenerate(configuration)

        #expect(renamed.outcomes.first { $0.sourceID == "a" }?.labelChanged == true)
        #expect(renamed.outcomes.first { $0.sourceID == "b" }?.labelChanged == false)
        #expect(Set(renamed.render.written) == ["feeds/a.xml", "feeds.opml", "index.html"], "\(renamed.render.written)")
        #expect(try harness.read("feeds.opml").contains("a renamed"))
    }

    @Test func missingFilesAndAnotherConfigurationAreRenderedInFull() async throws {
        let harness = try EngineHarness()
        let configuration = twoSources(harness)
        _ = try await harness.regenerate(configuration)
        try FileManager.default.removeItem(atPath: harness.outputDir + "/feeds/b.xml")
        try FileManager.default.removeItem(atPath: harness.outputDir + "/sitemap.xml")

        let repaired = try await harness.regenerate(configuration)
        #expect(Set(repaired.render.written) == ["feeds/b.xml", "sitemap.xml"], "\(repaired.render.written)")

        var retitled = configuration
        retitled.site.title = "Another title"
        let full = try await harness.regenerate(retitled)
        #expect(full.render.written.contains("feeds/a.xml") && full.render.written.contains("feeds/b.xml"))
        #expect(full.render.written.contains("index.html"))
    }

    @Test func withoutAFingerprintEverythingIsRendered() async throws {
        let harness = try EngineHarness()
        let configuration = twoSources(harness)
        _ = try await harness.regenerate(configuration)
        try harness.ageOutputs()
        RenderFingerprint(configuration: configuration).invalidate()

        let report = try await harness.regenerate(configuration)

        #expect(report.render.written.isEmpty, "same bytes: nothing rewritten")
        #expect(report.render.unchanged >= 6, "every file was rendered and compared: \(report.render)")
    }
}
