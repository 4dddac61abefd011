import Foundation
import NewswireRender
import NewswireStore

/// The sitemap in stable parts. Every stored link has one entry, held by the first article that carries it
/// (`ArticleStore.sitemapEntries(heldIn:)`); part N lists the entries held by articles N·P−P+1 … N·P
/// (P = `sitemapIDsPerPart`), so a new article lands in the newest part and a changed one rewrites only the
/// part of its entry, whatever the size of the store. `sitemap.xml` is that part's `urlset` while only one
/// part has entries, else an index over `sitemaps/sitemap-N.xml`.
extension SiteRenderer {
    /// 5,000 entries of at most 2,048 characters stay far within the protocol's 50,000 URLs and 50 MB per file,
    /// and one part renders in a few milliseconds.
    public static let defaultSitemapIDsPerPart = 5_000

    func writeSitemap(_ work: RenderPlan.SitemapWork, report: inout Report) throws {
        let perPart = Int64(sitemapIDsPerPart)
        let ids = { (part: Int64) in (part - 1) * perPart + 1...part * perPart }
        let partHolding = { (id: Int64) in (id - 1) / perPart + 1 }
        // The parts that have entries, one index probe each: from a holder to the first one past its part.
        var parts: [Int64] = []
        var next: Int64 = 1
        while let holder = try store.firstSitemapHolder(from: next) {
            let part = partHolding(holder)
            parts.append(part)
            next = part * perPart + 1
        }
        let folder = configuration.site.outputDir + "/sitemaps"
        let present = Set(((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasSuffix(".xml") && !$0.hasPrefix(".")
        })
        let name = { (part: Int64) in "sitemap-\(part).xml" }
        let urls = { (part: Int64) in
            try store.sitemapEntries(heldIn: ids(part)).map { SitemapURL(loc: $0.link, lastmod: $0.lastmod) }
        }
        var kept: Set<String> = []
        let index: Data
        if parts.count <= 1 {
            index = SitemapRenderer.urlset(try parts.first.map(urls) ?? [], baseURL: self.ids.baseURL)
        } else {
            let touched: Set<Int64>
            switch work {
            case .none: touched = []
            case .all: touched = Set(parts)
            case .holders(let holders): touched = Set(holders.map(partHolding))
            }
            for part in parts {
                kept.insert(name(part))
                guard touched.contains(part) || !present.contains(name(part)) else { continue }
                let data = SitemapRenderer.urlset(try urls(part), baseURL: self.ids.baseURL)
                try write(data, to: "sitemaps/" + name(part), report: &report)
            }
            index = SitemapRenderer.index(partPaths: parts.map { "sitemaps/" + name($0) }, baseURL: self.ids.baseURL)
        }
        // Parts first, then the index that lists them, then parts it no longer lists.
        try write(index, to: "sitemap.xml", report: &report)
        for stale in present.subtracting(kept).sorted() {
            try writer.remove(folder + "/" + stale)
            report.removed.append("sitemaps/" + stale)
        }
    }
}
