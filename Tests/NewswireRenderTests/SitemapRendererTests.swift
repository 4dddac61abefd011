import Foundation
import NewswireTestSupport
import Testing
@testable import NewswireRender

@Suite struct SitemapRendererTests {
    let base = "https://feeds.example.org/"

    @Test func singleSitemapMatchesGoldenFile() throws {
        let files = SitemapRenderer.render(RenderSamples.sitemapURLs, baseURL: base)
        #expect(files.map(\.relativePath) == ["sitemap.xml"])
        try GoldenFile.expectMatches(try #require(files.first).data, "sitemap.xml")
    }

    @Test func indexMatchesGoldenFiles() throws {
        let files = SitemapRenderer.render(RenderSamples.sitemapURLs, baseURL: "https://feeds.example.org", maxURLs: 2)
        #expect(files.map(\.relativePath)
                == ["sitemap.xml", "sitemaps/sitemap-1.xml", "sitemaps/sitemap-2.xml", "sitemaps/sitemap-3.xml"])
        for file in files { try GoldenFile.expectMatches(file.data, "sitemap-index/" + file.relativePath) }
    }

    @Test(arguments: [(120, 50, [50, 50, 20]), (100, 50, [50, 50]), (50, 50, [50]), (3, 1, [1, 1, 1])])
    func partsRespectTheURLLimit(count: Int, maxURLs: Int, expected: [Int]) {
        let urls = (0..<count).map { SitemapURL(loc: "https://example.com/article/\($0)") }
        let files = SitemapRenderer.render(urls, baseURL: base, maxURLs: maxURLs)
        let parts = expected.count == 1 ? files : Array(files.dropFirst())
        #expect(parts.map { urlCount($0.data) } == expected)
        if expected.count > 1 {
            #expect(String(decoding: files[0].data, as: UTF8.self).components(separatedBy: "<sitemap>").count - 1
                    == expected.count)
        }
    }

    @Test func partsRespectTheByteLimit() {
        let urls = (0..<40).map { SitemapURL(loc: "https://example.com/article/\($0)", lastmod: Date(timeIntervalSince1970: 0)) }
        let maxBytes = 1_000
        let files = SitemapRenderer.render(urls, baseURL: base, maxBytes: maxBytes)
        #expect(files.count > 2)
        for part in files.dropFirst() { #expect(part.data.count <= maxBytes) }
        #expect(files.dropFirst().map { urlCount($0.data) }.reduce(0, +) == 40)
    }

    @Test func locsTooLongOrNotHTTPAreLeftOut() {
        let long = "https://example.com/" + String(repeating: "a", count: 2_100)
        let urls = [SitemapURL(loc: long), SitemapURL(loc: "mailto:a@example.com"), SitemapURL(loc: "https://example.com/ok")]
        let xml = String(decoding: SitemapRenderer.render(urls, baseURL: base)[0].data, as: UTF8.self)
        #expect(urlCount(Data(xml.utf8)) == 1)
        #expect(xml.contains("<loc>https://example.com/ok</loc>"))
    }

    @Test func emptyListStillGivesAValidURLSet() {
        let files = SitemapRenderer.render([], baseURL: base)
        #expect(files.count == 1)
        #expect(String(decoding: files[0].data, as: UTF8.self).contains("<loc>https://feeds.example.org/</loc>"))
    }

    @Test(.enabled(if: SchemaValidator.available != nil, SchemaValidator.skipMessage))
    func filesValidateAgainstSitemapSchemas() throws {
        let validator = try #require(SchemaValidator.available)
        let single = try TemporaryFolder()
        let urlset = try single.write(SitemapRenderer.render(RenderSamples.sitemapURLs, baseURL: base)[0].data,
                                      "sitemap.xml")
        #expect(try validator.xsdProblems(urlset, schema: "sitemap.xsd") == "")
        let split = try TemporaryFolder()
        for file in SitemapRenderer.render(RenderSamples.sitemapURLs, baseURL: base, maxURLs: 2) {
            let url = try split.write(file.data, file.relativePath)
            let schema = file.relativePath == "sitemap.xml" ? "siteindex.xsd" : "sitemap.xsd"
            #expect(try validator.xsdProblems(url, schema: schema) == "", "\(file.relativePath)")
        }
    }

    private func urlCount(_ data: Data) -> Int {
        String(decoding: data, as: UTF8.self).components(separatedBy: "<url>").count - 1
    }
}
