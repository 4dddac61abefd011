import Foundation
import NewswireTestSupport
import Testing
@testable import NewswireRender

@Suite struct SitemapRendererTests {
    let base = "https://feeds.example.org/"

    @Test func urlsetMatchesGoldenFile() throws {
        try GoldenFile.expectMatches(SitemapRenderer.urlset(RenderSamples.sitemapURLs, baseURL: base), "sitemap.xml")
    }

    @Test func indexMatchesGoldenFile() throws {
        let paths = (1...3).map { "sitemaps/sitemap-\($0).xml" }
        // Without the trailing slash the base still joins with one.
        try GoldenFile.expectMatches(SitemapRenderer.index(partPaths: paths, baseURL: "https://feeds.example.org"),
                                     "sitemap-index.xml")
    }

    @Test func urlsKeepTheirOrder() {
        let urls = (0..<120).map { SitemapURL(loc: "https://example.com/article/\(119 - $0)") }
        let xml = String(decoding: SitemapRenderer.urlset(urls, baseURL: base), as: UTF8.self)
        let locs = xml.components(separatedBy: "<loc>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(locs == urls.map { Substring($0.loc) })
    }

    @Test func locsTooLongOrNotHTTPAreLeftOut() {
        let long = "https://example.com/" + String(repeating: "a", count: 2_100)
        let urls = [SitemapURL(loc: long), SitemapURL(loc: "mailto:a@example.com"), SitemapURL(loc: "https://example.com/ok")]
        let xml = String(decoding: SitemapRenderer.urlset(urls, baseURL: base), as: UTF8.self)
        #expect(urlCount(xml) == 1)
        #expect(xml.contains("<loc>https://example.com/ok</loc>"))
    }

    @Test func locsOutsidePrintableASCIIArePercentEncoded() {
        let xml = String(decoding: SitemapRenderer.urlset([SitemapURL(loc: "https://example.com/café a")], baseURL: base),
                         as: UTF8.self)
        #expect(xml.contains("<loc>https://example.com/caf%C3%A9%20a</loc>"))
    }

    @Test(arguments: [[], [SitemapURL(loc: "mailto:a@example.com")]])
    func noListableURLStillGivesAValidURLSet(urls: [SitemapURL]) {
        let xml = String(decoding: SitemapRenderer.urlset(urls, baseURL: base), as: UTF8.self)
        #expect(urlCount(xml) == 1)
        #expect(xml.contains("<loc>https://feeds.example.org/</loc>"))
    }

    @Test(.enabled(if: SchemaValidator.available != nil, SchemaValidator.skipMessage))
    func filesValidateAgainstSitemapSchemas() throws {
        let validator = try #require(SchemaValidator.available)
        let folder = try TemporaryFolder()
        let urlset = try folder.write(SitemapRenderer.urlset(RenderSamples.sitemapURLs, baseURL: base), "sitemap.xml")
        #expect(try validator.xsdProblems(urlset, schema: "sitemap.xsd") == "")
        let index = try folder.write(SitemapRenderer.index(partPaths: ["sitemaps/sitemap-1.xml"], baseURL: base),
                                     "index.xml")
        #expect(try validator.xsdProblems(index, schema: "siteindex.xsd") == "")
    }

    private func urlCount(_ xml: String) -> Int { xml.components(separatedBy: "<url>").count - 1 }
}
