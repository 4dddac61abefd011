import Foundation
import NewswireModel

/// Renders sitemap files: a `urlset` (the whole sitemap, or one part of it) and the index over parts.
public enum SitemapRenderer {
    /// A `urlset` of `urls`, in the order given; leaves out locs that are not http(s) or longer than the
    /// protocol's 2,048 characters. With no URL at all it lists `baseURL` itself, since an empty `urlset`
    /// is invalid. The caller keeps a file within the protocol's 50,000 URLs and 50 MB.
    public static func urlset(_ urls: [SitemapURL], baseURL: String) -> Data {
        var out = XMLOutput(capacity: 256 + urls.count * 120)
        out.raw(header)
        out.raw("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
        var listed = 0
        for url in urls {
            let loc = needsNoEncoding(url.loc) ? url.loc : URLPercentEncoding.encodeInvalid(url.loc)
            // `loc` is ASCII by now, so a byte prefix is a Character prefix.
            guard loc.utf8.starts(with: "http://".utf8) || loc.utf8.starts(with: "https://".utf8),
                  loc.utf8.count <= 2_048
            else { continue }
            append(loc: loc, lastmod: url.lastmod, element: "url", to: &out)
            listed += 1
        }
        if listed == 0 { append(loc: base(baseURL), lastmod: nil, element: "url", to: &out) }
        out.raw("</urlset>\n")
        return out.data
    }

    /// A `sitemapindex` over the parts at `partPaths` (relative to `baseURL`). It carries no `<lastmod>`:
    /// a part that did not change keeps its bytes and modification time, which is what a crawler's
    /// conditional GET asks about.
    public static func index(partPaths: [String], baseURL: String) -> Data {
        var out = XMLOutput(capacity: 256 + partPaths.count * 120)
        out.raw(header)
        out.raw("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
        for path in partPaths {
            append(loc: URLPercentEncoding.encodeInvalid(base(baseURL) + path), lastmod: nil, element: "sitemap", to: &out)
        }
        out.raw("</sitemapindex>\n")
        return out.data
    }

    private static func append(loc: String, lastmod: Date?, element: StaticString, to out: inout XMLOutput) {
        out.raw("  <")
        out.raw(element)
        out.raw(">\n")
        out.element("    ", "loc", text: loc)
        if let lastmod { out.element("    ", "lastmod", date: lastmod) }
        out.raw("  </")
        out.raw(element)
        out.raw(">\n")
    }

    private static func base(_ baseURL: String) -> String { baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }

    private static let header: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// True when `encodeInvalid` would return `loc` as it is (printable ASCII without `"<>\\^`{|}`):
    /// checked here in one tight loop, as nearly every stored link is.
    private static func needsNoEncoding(_ loc: String) -> Bool {
        // The plain bytes as a 128-bit set.
        let low: UInt64 = 0xAFFFFFFA00000000, high: UInt64 = 0x47FFFFFEAFFFFFFF
        let plain = { (byte: UInt8) in
            byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
        }
        return loc.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(plain) } ?? loc.utf8.allSatisfy(plain)
    }
}
