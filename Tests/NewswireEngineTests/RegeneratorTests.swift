import Foundation
import NewswireEngine
import NewswireModel
import Testing

@Suite struct RegeneratorTests {
    let story = SampleFeed.Entry(guid: "a-1", title: "Shared story", link: "https://news.example/story",
                                 body: "The same story everywhere.")

    func twoSources(_ harness: EngineHarness) -> Configuration {
        harness.host.serve("a.xml", SampleFeed.rss("alpha", [
            story, SampleFeed.Entry(guid: "a-2", title: "Only in alpha", link: "https://alpha.example/2",
                                    date: "Wed, 25 Dec 2024 09:30:00 GMT"),
        ]))
        var shared = story
        shared.guid = "b-7"
        shared.link = "https://NEWS.example:443/story?utm_source=beta#comments"
        harness.host.serve("b.xml", SampleFeed.rss("beta", [shared]))
        return harness.configuration(sources: [harness.source("alpha", "a.xml"), harness.source("beta", "b.xml")])
    }

    @Test func sharedArticleAppearsOnceInTheCombinedFeedAndInEachSourceFeed() async throws {
        let harness = try EngineHarness()
        let report = try await harness.regenerate(twoSources(harness))
        #expect(report.failures.isEmpty)
        let all = try harness.read("feeds/all.xml")
        #expect(all.components(separatedBy: "<entry").count - 1 == 2)
        #expect(all.components(separatedBy: "Shared story").count - 1 == 1)
        #expect(try harness.read("feeds/alpha.xml").contains("Shared story"))
        #expect(try harness.read("feeds/beta.xml").contains("Shared story"))
        #expect(try harness.read("sitemap.xml").components(separatedBy: "<url>").count - 1 == 2)
    }

    @Test func secondRunSendsConditionalRequestsAndRewritesNothing() async throws {
        let harness = try EngineHarness()
        let configuration = twoSources(harness)
        _ = try await harness.regenerate(configuration)
        let before = try harness.outputFiles().map { try harness.read($0) }
        try harness.ageOutputs()
        let second = try await harness.regenerate(configuration)
        #expect(second.outcomes.allSatisfy { $0.httpStatus == 304 })
        #expect(harness.host.server.requests(to: "/a.xml").last?.header("If-None-Match") != nil)
        #expect(second.render.written.isEmpty)
        #expect(try harness.touchedOutputs().isEmpty)
        #expect(try harness.outputFiles().map { try harness.read($0) } == before)
    }

    @Test func changedSourceRewritesExactlyTheFilesThatShowIt() async throws {
        let harness = try EngineHarness()
        let configuration = twoSources(harness)
        _ = try await harness.regenerate(configuration, now: Date(timeIntervalSince1970: 1_735_300_000))
        let idBefore = try entryID(in: harness.read("feeds/alpha.xml"), title: "Only in alpha")
        try harness.ageOutputs()
        harness.host.serve("a.xml", SampleFeed.rss("alpha", [
            story, SampleFeed.Entry(guid: "a-2", title: "Only in alpha, corrected", link: "https://alpha.example/2",
                                    date: "Wed, 25 Dec 2024 09:30:00 GMT"),
        ]))
        let report = try await harness.regenerate(configuration, now: Date(timeIntervalSince1970: 1_735_400_000))
        #expect(report.outcomes.first { $0.sourceID == "alpha" }?.changedArticles == true)
        #expect(try harness.touchedOutputs() == ["feeds/all.xml", "feeds/alpha.xml", "index.html", "sitemap.xml"])
        let alpha = try harness.read("feeds/alpha.xml")
        // An update keeps its entry id and gets a new <updated>.
        #expect(try entryID(in: alpha, title: "Only in alpha, corrected") == idBefore)
        #expect(alpha.contains("<updated>2024-12-28T15:33:20Z</updated>"))
        #expect(!alpha.contains("<title>Only in alpha</title>"))
    }

    @Test(arguments: [500, 404])
    func failingSourceKeepsItsArticlesInEveryFeed(status: Int) async throws {
        let harness = try EngineHarness()
        let configuration = twoSources(harness)
        _ = try await harness.regenerate(configuration)
        harness.host.serve("a.xml", "", status: status)
        let report = try await harness.regenerate(configuration)
        let failure = try #require(report.failures.first)
        #expect(failure.sourceID == "alpha")
        guard case .failed(let reason) = failure.result else { return }
        #expect(reason == "HTTP \(status)")
        #expect(report.outcomes.first { $0.sourceID == "beta" }?.failed == false)
        #expect(try harness.read("feeds/alpha.xml").contains("Only in alpha"))
        #expect(try harness.read("feeds/all.xml").contains("Only in alpha"))
    }

    @Test func documentThatIsNotAFeedFailsWithItsReasonAndOthersAreWritten() async throws {
        let harness = try EngineHarness()
        harness.host.serve("html.xml", "<html><body>Just a moment...</body></html>")
        harness.host.serve("good.xml", SampleFeed.rss("good", [story]))
        let configuration = harness.configuration(sources: [harness.source("broken", "html.xml"),
                                                            harness.source("good", "good.xml")])
        let report = try await harness.regenerate(configuration)
        #expect(report.failures.map(\.sourceID) == ["broken"])
        if case .failed(let reason) = report.failures.first?.result { #expect(reason.contains("not a feed")) }
        #expect(try harness.read("feeds/good.xml").contains("Shared story"))
        #expect(FileManager.default.fileExists(atPath: harness.outputDir + "/feeds/broken.xml"))
    }

    @Test func offlineMakesNoRequestAndRendersFromTheStore() async throws {
        let harness = try EngineHarness()
        let configuration = twoSources(harness)
        _ = try await harness.regenerate(configuration)
        let requests = harness.host.server.requests.count
        try FileManager.default.removeItem(atPath: harness.outputDir)
        let report = try await harness.regenerate(configuration, .init(offline: true))
        #expect(harness.host.server.requests.count == requests)
        #expect(report.failures.isEmpty)
        #expect(try harness.read("feeds/all.xml").contains("Shared story"))
    }

    @Test func removedSourceLosesItsFeedFileButNotItsPlaceInTheStore() async throws {
        let harness = try EngineHarness()
        var configuration = twoSources(harness)
        _ = try await harness.regenerate(configuration)
        configuration.sources.removeLast()
        let report = try await harness.regenerate(configuration)
        #expect(report.render.removed == ["feeds/beta.xml"])
        #expect(!FileManager.default.fileExists(atPath: harness.outputDir + "/feeds/beta.xml"))
    }

    @Test func unknownSourceIDIsAUsageError() async throws {
        let harness = try EngineHarness()
        await #expect(throws: EngineError.self) {
            _ = try await harness.regenerate(twoSources(harness), .init(sourceIDs: ["nope"]))
        }
    }

    private func entryID(in feed: String, title: String) throws -> String {
        let entry = try #require(feed.components(separatedBy: "<entry").first { $0.contains("<title>\(title)</title>") })
        let start = try #require(entry.range(of: "<id>"))
        let end = try #require(entry.range(of: "</id>"))
        return String(entry[start.upperBound..<end.lowerBound])
    }
}
