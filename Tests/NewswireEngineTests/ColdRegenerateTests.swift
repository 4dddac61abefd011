import Foundation
import NewswireEngine
import NewswireModel
import Testing

/// A cold `regenerate` (every file rendered) writes the files that a render of the store writes, and a
/// story updated in one poll reaches every feed that lists it.
@Suite struct ColdRegenerateTests {
    /// Sources that share some stories (same link) and differ in others.
    func sharingSources(_ harness: EngineHarness, count: Int, version: Int = 0) -> Configuration {
        var sources: [SourceSpec] = []
        for index in 0..<count {
            let entries: [SampleFeed.Entry] = [
                .init(guid: "own-\(index)", title: "Own story \(index)", link: "https://s\(index).example/own"),
                .init(guid: "shared-\(index % 3)", title: "Shared story \(index % 3)",
                      link: "https://shared.example/\(index % 3)", body: "Shared body, version \(version)."),
            ]
            harness.host.serve("s\(index).rss", SampleFeed.rss("s\(index)", entries))
            sources.append(harness.source("s\(index)", "s\(index).rss"))
        }
        return harness.configuration(sources: sources)
    }

    @Test func coldRunFilesEqualARenderOfTheStore() async throws {
        let harness = try EngineHarness()
        let configuration = sharingSources(harness, count: 12)
        let cold = try await harness.regenerate(configuration)
        #expect(cold.render.written.count == 12 + 1 + 3, "\(cold.render.written)")
        let files = try harness.outputFiles()
        #expect(!files.contains { $0.contains(".tmp-") }, "\(files)")
        let rendered = try files.map { try harness.read($0) }

        try FileManager.default.removeItem(atPath: harness.outputDir)
        _ = try await harness.regenerate(configuration, .init(offline: true))

        #expect(try harness.outputFiles() == files)
        for (file, text) in zip(files, rendered) {
            #expect(try harness.read(file) == text, "\(file) differs from a render after the poll")
        }
    }

    @Test func anUpdatedStoryReachesTheFeedsOfEverySourceThatListsIt() async throws {
        let harness = try EngineHarness()
        _ = try await harness.regenerate(sharingSources(harness, count: 6))
        // A full render again (no fingerprint), while the shared stories change their text.
        RenderFingerprint(configuration: sharingSources(harness, count: 6)).invalidate()
        let configuration = sharingSources(harness, count: 6, version: 1)

        let report = try await harness.regenerate(configuration)

        #expect(report.outcomes.contains { outcome in
            if case .updated(let summary, _) = outcome.result { return summary.updated > 0 }
            return false
        })
        for index in 0..<6 {
            let feed = try harness.read("feeds/s\(index).xml")
            #expect(feed.contains("version 1") && !feed.contains("version 0"), "s\(index): \(feed)")
        }
        #expect(try !harness.outputFiles().contains { $0.contains(".tmp-") })
    }
}
