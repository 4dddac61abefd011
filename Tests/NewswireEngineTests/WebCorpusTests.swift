import Foundation
import NewswireModel
import Testing

/// What a reader sees is what each source said: no false merges, no lost items, no blank titles
/// (issue 13's defects, each on the web-shaped fixtures of `WebCorpus`).
@Suite struct WebCorpusTests {
    @Test func unrelatedItemsWithEmptyTextAreNeverMerged() async throws {
        let corpus = try WebCorpus()
        let reports = try await corpus.regenerateInSteps()
        // Link-only items of two sites both hash empty text: two stories, each with its own link.
        #expect(try links(in: corpus.feed("links")) == ["http://c.example/z"])
        #expect(try links(in: corpus.feed("news")).contains("http://news.example/y"))
        let all = try corpus.feed("all")
        #expect(try links(in: all).contains("http://c.example/z") && links(in: all).contains("http://news.example/y"))
        // "Daily briefing" / "Read more…" on two sites: title and boilerplate only, two stories.
        #expect(try links(in: all).filter { $0.contains("/briefing/") }.count == 2)
        #expect(WebCorpus.summary("links", in: reports)?.summary == UpdateSummaryView(inserted: 1, duplicates: 0,
                                                                                       emptyItems: 0))
    }

    @Test func aWireCopyIsListedOnceAndEachSourceLinksToItsOwnURL() async throws {
        let corpus = try WebCorpus()
        let reports = try await corpus.regenerateInSteps()
        #expect(WebCorpus.summary("wire", in: reports)?.summary.duplicates == 1)
        let story = "https://news.example/world/2024/12/26/rhone-floods", copy = "https://wire.example/stories/abc"
        #expect(try links(in: corpus.feed("news")).contains(story))
        #expect(try links(in: corpus.feed("wire")).contains(copy))
        #expect(try !links(in: corpus.feed("wire")).contains(story))
        // The combined feed: the first-seen copy as alternate, the other as related.
        let all = try corpus.feed("all")
        #expect(try links(in: all).filter { $0 == story || $0 == copy } == [story])
        #expect(all.components(separatedBy: "<link rel=\"related\" href=\"\(copy)\"/>").count == 2)
    }

    @Test func itemsWithMediaAreKeptAndEmptyOnesCounted() async throws {
        let corpus = try WebCorpus()
        let reports = try await corpus.regenerateInSteps()
        let blog = try corpus.feed("blog")
        #expect(blog.contains("<title>Strip #412: the cat wins</title>"))
        #expect(blog.contains("<title>episode-7.mp3</title>"))
        #expect(blog.contains("href=\"https://blog.example/audio/episode-7.mp3\""))
        #expect(blog.contains("<title>Quick note: the café’s new espresso machine arrived today.</title>"))
        #expect(WebCorpus.summary("blog", in: reports).map { ($0.items, $0.summary.emptyItems) } ?? (0, 0) == (5, 2))
        // Two photos with one title, no guid and no link: two entries.
        #expect(try corpus.feed("photos").components(separatedBy: "<entry").count == 3)
    }

    @Test func noBlankTitlesAndPlausibleDistinctDates() async throws {
        let corpus = try WebCorpus()
        _ = try await corpus.regenerateInSteps()
        for name in WebCorpus.sourceNames + ["all"] {
            let feed = try corpus.feed(name)
            #expect(!feed.contains("<title></title>") && !feed.contains("<content></content>")
                && !feed.contains("<summary></summary>"), "\(name)")
            #expect(!feed.contains("1970-01-01"), "\(name)")
            let updated = values(of: "updated", in: feed).dropFirst()
            #expect(Set(updated).count == updated.count, "\(name): entries share an updated value")
        }
        // The empty feed shows when it first appeared, and keeps it.
        let empty = try corpus.feed("empty")
        #expect(values(of: "updated", in: empty) == ["2024-12-26T12:00:00Z"])
        _ = try await corpus.harness.regenerate(corpus.configuration, now: WebCorpus.start + 3600)
        #expect(try corpus.feed("empty") == empty)
        // The blog's undated items: first-seen times a second apart, in the source's order.
        let blog = try corpus.feed("blog")
        #expect(values(of: "published", in: blog).prefix(4) == ["2024-12-26T12:02:00Z", "2024-12-26T12:01:59Z",
                                                                 "2024-12-26T12:01:58Z", "2024-12-26T12:01:57Z"])
    }

    /// Atom in, Atom out: summary and content both survive, DCMI terms dates are the entry's, a
    /// binary payload is not written as its base64 text, an embed's fallback text is kept.
    @Test func atomEntriesKeepWhatTheySaid() async throws {
        let corpus = try WebCorpus()
        _ = try await corpus.regenerateInSteps()
        let cms = try corpus.feed("cms")
        let entries: [String] = Array(cms.components(separatedBy: "<entry").dropFirst())
        try #require(entries.count == 4)
        let budget = try #require(entries.first { $0.contains("budget-vote") })
        #expect(budget.contains("<summary>The council postponed the budget vote by two days.</summary>"))
        #expect(budget.contains("<content type=\"html\">") && budget.contains("amended transport section"))
        let library = try #require(entries.first { $0.contains("library-hours") })
        #expect(values(of: "published", in: library) == ["2024-12-20T07:30:00Z"])
        #expect(values(of: "updated", in: library) == ["2024-12-22T16:45:00Z"])
        #expect(!cms.contains("iVBORw0KGgo"))
        #expect(entries.contains { $0.contains("<title>Map of the new bus lines</title>") })
        #expect(cms.contains("The recording covers") && cms.contains("the harbour plan."))
    }

    @Test func outputsMatchTheGoldenFilesAndASecondRunRewritesNothing() async throws {
        let corpus = try WebCorpus()
        _ = try await corpus.regenerateInSteps()
        let golden = WebCorpus.folder.appendingPathComponent("golden")
        for name in WebCorpus.sourceNames + ["all"] {
            let actual = try corpus.feed(name)
            let url = golden.appendingPathComponent("\(name).xml")
            if ProcessInfo.processInfo.environment["NEWSWIRE_UPDATE_GOLDEN"] == "1" {
                let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                    .appendingPathComponent("Fixtures/web/golden/\(name).xml")
                try FileManager.default.createDirectory(at: source.deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: source)
                continue
            }
            #expect(actual == (try? String(contentsOf: url, encoding: .utf8)), "feeds/\(name).xml differs from its golden file")
        }
        try corpus.harness.ageOutputs()
        _ = try await corpus.harness.regenerate(corpus.configuration, now: WebCorpus.start + 3600)
        #expect(try corpus.harness.touchedOutputs() == [])
    }

    /// The `href` of every alternate link of the entries, in order.
    private func links(in feed: String) throws -> [String] {
        feed.components(separatedBy: "<entry").dropFirst().compactMap { entry in
            guard let range = entry.range(of: "<link rel=\"alternate\" href=\"") else { return nil }
            let rest = entry[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }

    /// The text of every `<name>` element, in document order.
    private func values(of name: String, in feed: String) -> [String] {
        feed.components(separatedBy: "<\(name)>").dropFirst().compactMap { part in
            part.range(of: "</\(name)>").map { String(part[..<$0.lowerBound]) }
        }
    }
}
