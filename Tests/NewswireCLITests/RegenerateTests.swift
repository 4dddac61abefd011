import Foundation
import Testing
import NewswireTestSupport

/// `newswire regenerate` over sources served on 127.0.0.1: outputs and conditional GET.
@Suite struct RegenerateTests {
    static let expectedOutputs = ["feeds/alpha.xml", "feeds/beta.xml", "feeds/all.xml",
                                  "sitemap.xml", "feeds.opml", "index.html"]

    @Test func writesEveryOutputAndNamesEverySource() async throws {
        let site = try CLISite()
        try site.serveFixture("alpha.rss", at: "/alpha.rss")
        try site.serveFixture("beta.atom", at: "/beta.atom")
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/alpha.rss")),
                                       .init(id: "beta", url: site.server.url("/beta.atom"))])

        let result = try await site.regenerate()

        #expect(result.status == 0, "\(result)")
        for path in Self.expectedOutputs {
            #expect(site.hasOutput(path), "missing \(path)\n\(result)")
        }
        for id in ["alpha", "beta"] {
            #expect(result.stdoutLines.contains { $0.contains(" \(id) ") && $0.contains("ok") }, "\(result)")
        }
        #expect(AtomText.entryTitles(try site.outputText("feeds/alpha.xml")).sorted()
                    == ["Alpha harbour reopens after storm", "Alpha library extends opening hours"])
        #expect(AtomText.entryTitles(try site.outputText("feeds/beta.xml")).sorted()
                    == ["Beta council approves cycle lanes", "Beta observatory spots a new comet"])
        #expect(AtomText.entryTitles(try site.outputText("feeds/all.xml")).count == 4)
        let sitemap = try site.outputText("sitemap.xml")
        #expect(sitemap.contains("https://alpha.example.com/news/harbour-reopens"))
        #expect(sitemap.contains("https://beta.example.org/2024/12/comet.html"))
        let opml = try site.outputText("feeds.opml")
        #expect(opml.contains("https://feeds.example.org/feeds/all.xml"), "\(opml)")
        #expect(try site.outputText("index.html").contains("feeds/alpha.xml"))
    }

    @Test func itemsWithNothingToShowAreCountedInTheSourceLine() async throws {
        let site = try CLISite()
        let body = Data(HostileXMLTests.rss(items: """
            <item><title>Kept</title><link>https://alpha.example.com/kept</link></item>
            <item></item><item><title> </title><description> </description></item>
            <item><description>&lt;img src="https://alpha.example.com/photo.jpg" alt="A photo"&gt;</description></item>
            """))
        site.server.route("/feed") { _ in TestHTTPResponse(status: 200, headers: [("Content-Type", "application/rss+xml")],
                                                            body: body) }
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/feed"))])
        let result = try await site.regenerate()
        #expect(result.status == 0, "\(result)")
        #expect(result.stdoutLines.contains { $0.contains(" alpha ") && $0.contains("2 items: 2 new")
            && $0.contains("0 duplicates, 2 empty items skipped") }, "\(result)")
        #expect(AtomText.entryTitles(try site.outputText("feeds/alpha.xml")).sorted() == ["A photo", "Kept"])
    }

    @Test func secondRunSendsETagAndLeavesEveryOutputUntouched() async throws {
        let site = try CLISite()
        try site.serveFixture("alpha.rss", at: "/alpha.rss", etag: "\"alpha-v1\"")
        try site.serveFixture("beta.atom", at: "/beta.atom", etag: "\"beta-v1\"")
        try site.writeConfig(sources: [.init(id: "alpha", url: site.server.url("/alpha.rss")),
                                       .init(id: "beta", url: site.server.url("/beta.atom"))])
        let first = try await site.regenerate()
        try #require(first.status == 0, "\(first)")

        let files = site.outputFiles()
        try #require(Set(Self.expectedOutputs).isSubset(of: files), "\(files)")
        let oldDate = Date(timeIntervalSince1970: 1_000_000_000)
        var bytes: [String: Data] = [:]
        for path in files {
            try FileManager.default.setAttributes([.modificationDate: oldDate], ofItemAtPath: site.output(path).path)
            bytes[path] = try Data(contentsOf: site.output(path))
        }

        let second = try await site.regenerate()

        #expect(second.status == 0, "\(second)")
        #expect(site.server.requests(to: "/alpha.rss").last?.header("If-None-Match") == "\"alpha-v1\"")
        #expect(site.server.requests(to: "/beta.atom").last?.header("If-None-Match") == "\"beta-v1\"")
        #expect(site.outputFiles() == files)
        for path in files {
            let attributes = try FileManager.default.attributesOfItem(atPath: site.output(path).path)
            #expect(attributes[.modificationDate] as? Date == oldDate, "\(path) was rewritten")
            #expect(try Data(contentsOf: site.output(path)) == bytes[path], "\(path) changed")
        }
    }
}
