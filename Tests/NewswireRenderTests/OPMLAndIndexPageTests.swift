import Foundation
import NewswireTestSupport
import Testing
@testable import NewswireRender

@Suite struct OPMLAndIndexPageTests {
    @Test func opmlMatchesGoldenFile() throws {
        try GoldenFile.expectMatches(OPMLRenderer.render(title: "Newswire & co", feeds: RenderSamples.outlines),
                                     "feeds.opml")
    }

    @Test func indexPageMatchesGoldenFile() throws {
        let page = IndexPageRenderer.render(title: "Newswire <news>", feeds: RenderSamples.outlines,
                                            latest: RenderSamples.feed.entries,
                                            sourceTitles: RenderSamples.sourceTitles)
        try GoldenFile.expectMatches(page, "index.html")
    }

    @Test func indexPageShowsMarkupTitlesAsText() {
        let page = String(decoding: IndexPageRenderer.render(
            title: "T", feeds: [], latest: [RenderSamples.xhtmlEntry], sourceTitles: [:]), as: UTF8.self)
        #expect(page.contains(">Bold &amp; italic</a>"))
        #expect(page.contains("<span class=\"source\">example</span>"))
    }

    @Test(.enabled(if: SchemaValidator.available != nil, SchemaValidator.skipMessage))
    func outputsAreWellFormed() throws {
        let validator = try #require(SchemaValidator.available)
        let folder = try TemporaryFolder()
        let opml = try folder.write(OPMLRenderer.render(title: "N", feeds: RenderSamples.outlines), "feeds.opml")
        let page = try folder.write(IndexPageRenderer.render(title: "N", feeds: RenderSamples.outlines,
                                                             latest: RenderSamples.feed.entries,
                                                             sourceTitles: RenderSamples.sourceTitles), "index.html")
        #expect(try validator.wellFormednessProblems(opml) == "")
        #expect(try validator.wellFormednessProblems(page, html: true) == "")
    }
}
