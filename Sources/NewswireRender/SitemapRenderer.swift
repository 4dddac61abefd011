import Foundation
import NewswireModel

/// Renders a sitemaps.org `urlset`, or a `sitemapindex` over numbered parts when one file
/// would exceed the URL or byte limit.
public enum SitemapRenderer {
    /// `sitemap.xml` alone when everything fits; else `sitemap.xml` as an index over
    /// `sitemaps/sitemap-1.xml`, `-2`… each within `maxURLs` and `maxBytes`.
    ///
    /// URLs are kept in the order given. Locs that are not http(s) or longer than the protocol's
    /// 2,048 characters are left out; with nothing left, the list holds `baseURL` itself, since
    /// an empty `urlset` is invalid.
    public static func render(_ urls: [SitemapURL], baseURL: String, maxURLs: Int = 50_000,
                              maxBytes: Int = 50_000_000) -> [RenderedFile] {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        var entries = urls.compactMap(urlEntry)
        if entries.isEmpty, let fallback = urlEntry(SitemapURL(loc: base)) { entries = [fallback] }
        let parts = split(entries, maxURLs: max(1, maxURLs), maxBytes: maxBytes)
        if parts.count <= 1 {
            return [RenderedFile(relativePath: "sitemap.xml", data: urlset(parts.first ?? [], entries: entries))]
        }
        var files: [RenderedFile] = []
        var index = XMLOutput(capacity: 256 + parts.count * 160)
        index.raw(header)
        index.raw("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
        for (number, part) in parts.enumerated() {
            let path = "sitemaps/sitemap-\(number + 1).xml"
            files.append(RenderedFile(relativePath: path, data: urlset(part, entries: entries)))
            index.raw("  <sitemap>\n")
            index.element("    ", "loc", text: URLPercentEncoding.encodeInvalid(base + path))
            if let newest = part.compactMap({ entries[$0].lastmod }).max() {
                index.element("    ", "lastmod", date: newest)
            }
            index.raw("  </sitemap>\n")
        }
        index.raw("</sitemapindex>\n")
        return [RenderedFile(relativePath: "sitemap.xml", data: index.data)] + files
    }

    /// One rendered `<url>` element and the date it carries.
    private struct Entry {
        var bytes: [UInt8]
        var lastmod: Date?
    }

    private static let header: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private static let urlsetOpen: StaticString = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    private static let urlsetClose: StaticString = "</urlset>\n"

    private static func urlEntry(_ url: SitemapURL) -> Entry? {
        let loc = needsNoEncoding(url.loc) ? url.loc : URLPercentEncoding.encodeInvalid(url.loc)
        // `loc` is ASCII by now, so a byte prefix is a Character prefix.
        guard loc.utf8.starts(with: "http://".utf8) || loc.utf8.starts(with: "https://".utf8), loc.utf8.count <= 2_048
        else { return nil }
        var out = XMLOutput(capacity: loc.utf8.count + 80)
        out.raw("  <url>\n")
        out.element("    ", "loc", text: loc)
        if let lastmod = url.lastmod { out.element("    ", "lastmod", date: lastmod) }
        out.raw("  </url>\n")
        return Entry(bytes: out.bytes, lastmod: url.lastmod)
    }

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

    /// Groups entry indexes into parts; each part holds at least one entry.
    private static func split(_ entries: [Entry], maxURLs: Int, maxBytes: Int) -> [[Int]] {
        let frame = header.utf8CodeUnitCount + urlsetOpen.utf8CodeUnitCount + urlsetClose.utf8CodeUnitCount
        var parts: [[Int]] = []
        var current: [Int] = []
        var size = frame
        for (i, entry) in entries.enumerated() {
            if !current.isEmpty && (current.count >= maxURLs || size + entry.bytes.count > maxBytes) {
                parts.append(current)
                current = []
                size = frame
            }
            current.append(i)
            size += entry.bytes.count
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    private static func urlset(_ part: [Int], entries: [Entry]) -> Data {
        let size = part.reduce(200) { $0 + entries[$1].bytes.count }
        var out = [UInt8]()
        out.reserveCapacity(size)
        header.withUTF8Buffer { out.append(contentsOf: $0) }
        urlsetOpen.withUTF8Buffer { out.append(contentsOf: $0) }
        for i in part { out.append(contentsOf: entries[i].bytes) }
        urlsetClose.withUTF8Buffer { out.append(contentsOf: $0) }
        return Data(out)
    }
}
