import Foundation

/// Renders a sitemap from a list in memory, through `SitemapStream`.
public enum SitemapRenderer {
    /// `sitemap.xml` alone when everything fits; else `sitemap.xml` as an index over
    /// `sitemaps/sitemap-1.xml`, `-2`… each within `maxURLs` and `maxBytes` (index first in the result).
    public static func render(_ urls: [SitemapURL], baseURL: String, maxURLs: Int = 50_000,
                              maxBytes: Int = 50_000_000) -> [RenderedFile] {
        var files: [RenderedFile] = []
        // The closure only appends, so neither call throws.
        var stream = SitemapStream(baseURL: baseURL, maxURLs: maxURLs, maxBytes: maxBytes) { files.append($0) }
        for url in urls { try? stream.append(url) }
        try? stream.finish()
        return files.last.map { [$0] + files.dropLast() } ?? []
    }
}
