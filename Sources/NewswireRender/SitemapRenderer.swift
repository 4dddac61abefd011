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
        // The exact size for plain locs (the markup around a loc with a date is 79 bytes): a buffer that
        // grows past its capacity is copied into one twice as large.
        var entries = Entries(count: urls.count, bytes: urls.reduce(0) { $0 + $1.loc.utf8.count + 80 })
        for url in urls { entries.append(url) }
        if entries.count == 0 { entries.append(SitemapURL(loc: base)) }
        let parts = split(entries, maxURLs: max(1, maxURLs), maxBytes: maxBytes)
        if parts.count <= 1 {
            return [RenderedFile(relativePath: "sitemap.xml", data: urlset(parts.first ?? 0..<0, entries: entries))]
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
            if let newest = entries.lastmods[part].compactMap({ $0 }).max() {
                index.element("    ", "lastmod", date: newest)
            }
            index.raw("  </sitemap>\n")
        }
        index.raw("</sitemapindex>\n")
        return [RenderedFile(relativePath: "sitemap.xml", data: index.data)] + files
    }

    /// The rendered `<url>` elements one after another in one buffer (one allocation rather than one
    /// per URL: a sitemap of 100,000 URLs held ten of megabytes more that way), and each one's date.
    private struct Entries {
        var bytes = XMLOutput(capacity: 0)
        /// Where each element starts in `bytes`; one more at the end.
        var starts: [Int] = [0]
        var lastmods: [Date?] = []

        init(count: Int, bytes size: Int) {
            bytes = XMLOutput(capacity: size)
            starts.reserveCapacity(count + 1)
            lastmods.reserveCapacity(count)
        }

        var count: Int { lastmods.count }

        func size(_ index: Int) -> Int { starts[index + 1] - starts[index] }

        /// Appends the `<url>` element of `url`; leaves out locs that are not http(s) or longer than the
        /// protocol's 2,048 characters.
        mutating func append(_ url: SitemapURL) {
            let loc = needsNoEncoding(url.loc) ? url.loc : URLPercentEncoding.encodeInvalid(url.loc)
            // `loc` is ASCII by now, so a byte prefix is a Character prefix.
            guard loc.utf8.starts(with: "http://".utf8) || loc.utf8.starts(with: "https://".utf8), loc.utf8.count <= 2_048
            else { return }
            bytes.raw("  <url>\n")
            bytes.element("    ", "loc", text: loc)
            if let lastmod = url.lastmod { bytes.element("    ", "lastmod", date: lastmod) }
            bytes.raw("  </url>\n")
            starts.append(bytes.bytes.count)
            lastmods.append(url.lastmod)
        }
    }

    private static let header: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private static let urlsetOpen: StaticString = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    private static let urlsetClose: StaticString = "</urlset>\n"

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

    /// Groups entries into consecutive parts; each part holds at least one entry.
    private static func split(_ entries: Entries, maxURLs: Int, maxBytes: Int) -> [Range<Int>] {
        let frame = header.utf8CodeUnitCount + urlsetOpen.utf8CodeUnitCount + urlsetClose.utf8CodeUnitCount
        var parts: [Range<Int>] = []
        var start = 0
        var size = frame
        for i in 0..<entries.count {
            if i > start && (i - start >= maxURLs || size + entries.size(i) > maxBytes) {
                parts.append(start..<i)
                start = i
                size = frame
            }
            size += entries.size(i)
        }
        if start < entries.count { parts.append(start..<entries.count) }
        return parts
    }

    private static func urlset(_ part: Range<Int>, entries: Entries) -> Data {
        let body = part.isEmpty ? 0..<0 : entries.starts[part.lowerBound]..<entries.starts[part.upperBound]
        var out = Data(capacity: body.count + 200)
        header.withUTF8Buffer { out.append(contentsOf: $0) }
        urlsetOpen.withUTF8Buffer { out.append(contentsOf: $0) }
        entries.bytes.bytes.withUnsafeBufferPointer { out.append(UnsafeBufferPointer(rebasing: $0[body])) }
        urlsetClose.withUTF8Buffer { out.append(contentsOf: $0) }
        return out
    }
}
