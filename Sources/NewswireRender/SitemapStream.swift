import Foundation
import NewswireModel

/// Writes a sitemap from URLs that arrive one at a time, holding at most one part in memory: `sitemap.xml`
/// alone while everything fits in one part, else numbered parts `sitemaps/sitemap-1.xml`, `-2`… followed by
/// `sitemap.xml` as their index. A part is handed to `emit` once the next URL does not fit in it, so a
/// sitemap over every stored article costs one part's bytes (≤ `maxURLs` URLs), not the whole list's.
public struct SitemapStream {
    private let base: String
    private let maxURLs: Int
    private let maxBytes: Int
    private let emit: (RenderedFile) throws -> Void
    private var part: XMLOutput
    private var partCount = 0
    private var partNewest: Date?
    /// One `<url>` element before it goes into `part`: reused, so a URL costs no allocation of its own.
    private var element = XMLOutput(capacity: 2_200)
    /// Number and newest date of every part already emitted.
    private var emitted: [Date?] = []

    /// URLs are kept in the order given; `emit` receives every file, parts before the index that lists them.
    public init(baseURL: String, maxURLs: Int = 50_000, maxBytes: Int = 50_000_000,
                emit: @escaping (RenderedFile) throws -> Void) {
        base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.maxURLs = max(1, maxURLs)
        self.maxBytes = maxBytes
        self.emit = emit
        part = SitemapStream.openPart()
    }

    /// Adds the `<url>` element of `url`; leaves out locs that are not http(s) or longer than the
    /// protocol's 2,048 characters.
    public mutating func append(_ url: SitemapURL) throws {
        let loc = SitemapStream.needsNoEncoding(url.loc) ? url.loc : URLPercentEncoding.encodeInvalid(url.loc)
        // `loc` is ASCII by now, so a byte prefix is a Character prefix.
        guard loc.utf8.starts(with: "http://".utf8) || loc.utf8.starts(with: "https://".utf8), loc.utf8.count <= 2_048
        else { return }
        element.removeAll()
        element.raw("  <url>\n")
        element.element("    ", "loc", text: loc)
        if let lastmod = url.lastmod { element.element("    ", "lastmod", date: lastmod) }
        element.raw("  </url>\n")
        if partCount > 0 && (partCount >= maxURLs
                             || part.bytes.count + element.bytes.count + SitemapStream.closeBytes > maxBytes) {
            try emitPart(as: "sitemaps/sitemap-\(emitted.count + 1).xml")
        }
        part.append(element)
        partCount += 1
        if let lastmod = url.lastmod { partNewest = max(partNewest ?? lastmod, lastmod) }
    }

    /// Emits the last part and, when there were several, the index; with no URL at all the list holds
    /// `baseURL` itself, since an empty `urlset` is invalid.
    public mutating func finish() throws {
        if partCount == 0 && emitted.isEmpty { try append(SitemapURL(loc: base)) }
        guard !emitted.isEmpty else { return try emitPart(as: "sitemap.xml") }
        try emitPart(as: "sitemaps/sitemap-\(emitted.count + 1).xml")
        var index = XMLOutput(capacity: 256 + emitted.count * 160)
        index.raw(SitemapStream.header)
        index.raw("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
        for (number, newest) in emitted.enumerated() {
            index.raw("  <sitemap>\n")
            index.element("    ", "loc", text: URLPercentEncoding.encodeInvalid(base + "sitemaps/sitemap-\(number + 1).xml"))
            if let newest { index.element("    ", "lastmod", date: newest) }
            index.raw("  </sitemap>\n")
        }
        index.raw("</sitemapindex>\n")
        try emit(RenderedFile(relativePath: "sitemap.xml", data: index.data))
    }

    private mutating func emitPart(as relativePath: String) throws {
        part.raw(SitemapStream.urlsetClose)
        let file = RenderedFile(relativePath: relativePath, data: part.data)
        emitted.append(partNewest)
        part = SitemapStream.openPart()
        partCount = 0
        partNewest = nil
        try emit(file)
    }

    private static func openPart() -> XMLOutput {
        var part = XMLOutput(capacity: 1 << 16)
        part.raw(header)
        part.raw(urlsetOpen)
        return part
    }

    private static let header: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private static let urlsetOpen: StaticString = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    private static let urlsetClose: StaticString = "</urlset>\n"
    private static let closeBytes = urlsetClose.utf8CodeUnitCount

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
