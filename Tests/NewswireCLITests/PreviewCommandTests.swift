import Foundation
import NewswireTestSupport
import Testing

@Suite struct PreviewCommandTests {
    @Test func jsonPreviewOfTheGBPortalIsTheGoldenArticles() async throws {
        let preview = try PreviewSite()
        try preview.writeConfig()
        let result = try await preview.site.newswire(["preview", "portal-economy", "--config", "newswire.toml", "--json"])
        #expect(result.status == 0, "\(result)")
        let golden = try preview.site.fixtures.string("html/golden/portal.json")
        let actual = try preview.articles(ofJSON: result.stdout)
        #expect(actual.count == 21)
        #expect(actual == (try preview.articles(ofJSON: golden)))
        #expect(!preview.site.hasOutput("feeds"), "preview stores and writes nothing")
        #expect(!FileManager.default.fileExists(atPath: preview.site.folder.file("state").path))
    }

    @Test func textPreviewShowsDatesWithTheirZoneAndTheSelectorsThatMatchedNothing() async throws {
        let preview = try PreviewSite()
        try preview.writeConfig(author: "span.author")
        let result = try await preview.site.newswire(["preview", "portal-economy", "--config", "newswire.toml"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("selectors that matched nothing: author"))
        #expect(result.stdout.contains("selector 'date' matched nothing in 1 of 21 items"))
        #expect(result.stdout.contains("1. 央行：保持流动性合理充裕"))
        #expect(result.stdout.contains("date:       2024-12-26T13:09:00+08:00 (Asia/Shanghai) = 2024-12-26T05:09:00Z"))
        #expect(result.stdout.contains("author:     吕栋 <lvdong@guancha.cn>"))
        #expect(result.stdout.contains("content:    【文/观察者网 吕栋】央行"))
    }

    @Test func changedLayoutFailsWithTheReason() async throws {
        let preview = try PreviewSite()
        try preview.writeConfig()
        let result = try await preview.site.newswire(["preview", "portal-changed", "--config", "newswire.toml"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("item selector \"ul.column-list > li\" matched nothing"))
    }

    @Test func previewByURLUsesTheConfiguredSource() async throws {
        let preview = try PreviewSite()
        try preview.writeConfig()
        let url = preview.site.server.url("/economy/")
        let result = try await preview.site.newswire(["preview", url, "--config", "newswire.toml", "--json"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("\"source\" : \"portal-economy\""))
    }

    @Test func bundledHtmlSourcesConfigIsValid() async throws {
        let binary = try NewswireBinary.locate()
        let repo = try #require(PackageRoot.find(from: #filePath))
        let folder = try TemporaryDirectory(prefix: "newswire-cli-html-config")
        try FileManager.default.copyItem(at: repo.appendingPathComponent("config/html-sources.toml"),
                                         to: folder.file("html-sources.toml"))
        let result = try await binary.run(["check", "--config", "html-sources.toml"], in: folder.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("ok (3 sources, 1 feeds)"))
    }

    @Test func unknownSourceIDIsAUsageError() async throws {
        let preview = try PreviewSite()
        try preview.writeConfig()
        let result = try await preview.site.newswire(["preview", "nope", "--config", "newswire.toml"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("no source with id 'nope'"))
    }

    @Test func regenerateStoresTheSameArticlesAsPreviewShows() async throws {
        let preview = try PreviewSite()
        try preview.writeConfig()
        let result = try await preview.site.newswire(["regenerate", "--config", "newswire.toml", "--source", "portal-economy"])
        #expect(result.status == 0, "\(result)")
        let titles = AtomText.entryTitles(try preview.site.outputText("feeds/portal-economy.xml"))
        let golden = try preview.articles(ofJSON: preview.site.fixtures.string("html/golden/portal.json"))
        #expect(Set(titles) == Set(golden.compactMap { $0["title"] as? String }))
    }
}
