import Foundation
import NewswireModel
import NewswireRender
import NewswireStore

/// Writes every output file from the store: feeds, sitemap, OPML, index page.
public struct SiteRenderer: Sendable {
    let configuration: Configuration
    let store: any ArticleStore
    let ids: AtomIDs
    let writer = AtomicFileWriter()

    public init(configuration: Configuration, store: any ArticleStore) {
        self.configuration = configuration
        self.store = store
        ids = AtomIDs(baseURL: configuration.site.baseURL)
    }

    /// Files written and files left as they were.
    public struct Report: Sendable, Equatable {
        public var written: [String] = []
        public var unchanged = 0
        public var removed: [String] = []
    }

    /// Renders everything; only files whose bytes change are rewritten.
    public func renderAll() throws -> Report { try render(changedSources: nil) }

    /// Renders every feed; `sweepTempFiles` false leaves temp files of other processes alone (a
    /// `newswire run` may be writing beside this one).
    public func renderAll(sweepTempFiles: Bool) throws -> Report {
        try render(changedSources: nil, sweepTempFiles: sweepTempFiles)
    }

    /// Renders the feeds of `changedSources` and the combined feeds over any of them, then the sitemap,
    /// OPML and index page; nil renders every feed and removes the files of feeds that left the config.
    /// `sweepTempFiles` removes temp files that crashed writers of other processes left behind.
    ///
    /// With a subset, feed files that do not exist yet are rendered too; the sitemap (a query over every
    /// article) only when `articlesChanged` and the index page only when something changed, unless missing.
    public func render(changedSources: Set<String>?, sweepTempFiles: Bool = true,
                       articlesChanged: Bool = true) throws -> Report {
        var report = Report()
        let output = configuration.site.outputDir
        let affected = { (ids: [String], file: String) in
            changedSources.map { changed in ids.contains(where: changed.contains) || !writer.exists(output + "/" + file) }
                ?? true
        }
        let states = try store.fetchStates()
        if sweepTempFiles {
            for folder in [output, output + "/feeds", output + "/sitemaps"] { writer.removeStaleTempFiles(in: folder) }
        }
        var outlines: [FeedOutline] = []
        var feedFiles: Set<String> = []
        for source in configuration.sources {
            let title = source.title ?? states[source.id]?.title ?? source.id
            if affected([source.id], "feeds/\(source.id).xml") {
                let entries = try store.articles(sourceIDs: [source.id], categories: [], limit: entriesPerFeed)
                try writeFeed(id: source.id, title: title, alternate: states[source.id]?.siteLink, entries: entries,
                              report: &report)
            }
            outlines.append(FeedOutline(title: title, xmlURL: ids.feedURL(source.id),
                                        htmlURL: states[source.id]?.siteLink))
            feedFiles.insert("\(source.id).xml")
        }
        let allIDs = configuration.sources.map(\.id)
        for feed in configuration.feeds {
            let members = SourcePattern.matching(feed.sources, in: allIDs)
            if affected(members, "feeds/\(feed.id).xml") {
                let entries = try store.articles(sourceIDs: members, categories: feed.categories, limit: entriesPerFeed)
                try writeFeed(id: feed.id, title: feed.title, alternate: nil, entries: entries, report: &report)
            }
            outlines.append(FeedOutline(title: feed.title, xmlURL: ids.feedURL(feed.id), htmlURL: nil))
            feedFiles.insert("\(feed.id).xml")
        }
        if changedSources == nil { try removeStaleFeeds(keeping: feedFiles, report: &report) }
        let anyChange = changedSources.map { !$0.isEmpty } ?? true
        if (anyChange && articlesChanged) || affected([], "sitemap.xml") { try writeSitemap(report: &report) }
        try write(OPMLRenderer.render(title: configuration.site.title, feeds: outlines), to: "feeds.opml", report: &report)
        guard anyChange || affected([], "index.html") else { return report }
        let latest = try store.articles(sourceIDs: allIDs, categories: [], limit: entriesPerFeed)
        let titles = Dictionary(uniqueKeysWithValues: configuration.sources.map {
            ($0.id, $0.title ?? states[$0.id]?.title ?? $0.id)
        })
        let page = IndexPageRenderer.render(title: configuration.site.title, feeds: outlines, latest: latest,
                                            sourceTitles: titles)
        try write(page, to: "index.html", report: &report)
        return report
    }

    private var entriesPerFeed: Int { configuration.output.entriesPerFeed }

    private func writeFeed(id: String, title: String, alternate: String?, entries: [StoredArticle],
                           report: inout Report) throws {
        let document = AtomFeedDocument(
            id: ids.feedURL(id), title: title, subtitle: nil, selfURL: ids.feedURL(id),
            alternateURL: alternate ?? ids.baseURL,
            // The newest entry's date, not the clock: an unchanged feed keeps its bytes.
            updated: entries.map(\.updated).max() ?? Date(timeIntervalSince1970: 0),
            authorName: configuration.site.title, generator: "newswire \(NewswireVersion.string)", entries: entries)
        try write(AtomRenderer.render(document), to: "feeds/\(id).xml", report: &report)
    }

    private func writeSitemap(report: inout Report) throws {
        let urls = try store.sitemapEntries().map { SitemapURL(loc: $0.link, lastmod: $0.lastmod) }
        let files = SitemapRenderer.render(urls, baseURL: ids.baseURL)
        for file in files { try write(file.data, to: file.relativePath, report: &report) }
        let kept = Set(files.map(\.relativePath))
        let folder = configuration.site.outputDir + "/sitemaps"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasSuffix(".xml") && !kept.contains("sitemaps/\(name)") {
            try writer.remove(folder + "/" + name)
            report.removed.append("sitemaps/\(name)")
        }
    }

    /// Feed files of sources and feeds that left the configuration.
    private func removeStaleFeeds(keeping names: Set<String>, report: inout Report) throws {
        let folder = configuration.site.outputDir + "/feeds"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasSuffix(".xml") && !name.hasPrefix(".") && !names.contains(name) {
            try writer.remove(folder + "/" + name)
            report.removed.append("feeds/\(name)")
        }
    }

    private func write(_ data: Data, to relativePath: String, report: inout Report) throws {
        if try writer.write(data, to: configuration.site.outputDir + "/" + relativePath) {
            report.written.append(relativePath)
        } else {
            report.unchanged += 1
        }
    }
}
