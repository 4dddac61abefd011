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
    /// The clock of a feed's first appearance (`ArticleStore.feedEpoch`).
    let now: @Sendable () -> Date
    /// The sitemap protocol's limit; tests set a smaller one to see parts.
    var sitemapURLsPerPart = 50_000

    public init(configuration: Configuration, store: any ArticleStore, now: @escaping @Sendable () -> Date = Date.init) {
        self.configuration = configuration
        self.store = store
        self.now = now
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
    /// article) only when `articlesChanged`, and OPML and the index page only when something changed,
    /// unless missing. An empty subset thus reads nothing from the store when every file is there.
    public func render(changedSources: Set<String>?, sweepTempFiles: Bool = true,
                       articlesChanged: Bool = true) throws -> Report {
        try render(changedSources: changedSources, sweepTempFiles: sweepTempFiles, articlesChanged: articlesChanged,
                   prerendered: nil)
    }

    /// `render(changedSources:sweepTempFiles:articlesChanged:)`, where the feeds of some sources are already
    /// staged (`prerendered`): they are committed with the rest instead of rendered again.
    func render(changedSources: Set<String>?, sweepTempFiles: Bool, articlesChanged: Bool,
                prerendered: PrerenderedFeeds?) throws -> Report {
        var report = Report()
        let output = configuration.site.outputDir
        if sweepTempFiles {
            for folder in [output, output + "/feeds", output + "/sitemaps"] { writer.removeStaleTempFiles(in: folder) }
        }
        // One listing instead of a stat per feed: thousands of sources made that a cost of its own.
        let feedFiles = changedSources == nil
            ? [] : Set((try? FileManager.default.contentsOfDirectory(atPath: output + "/feeds")) ?? [])
        let affected = { (ids: [String], name: String) in
            changedSources.map { changed in ids.contains(where: changed.contains) || !feedFiles.contains(name) } ?? true
        }
        let missing = { (file: String) in !writer.exists(output + "/" + file) }
        let anyChange = changedSources.map { !$0.isEmpty } ?? true
        var cachedLabels: [String: SourceLabel]?
        let labels = { () throws -> [String: SourceLabel] in
            if let cachedLabels { return cachedLabels }
            let loaded = try sourceLabels()
            cachedLabels = loaded
            return loaded
        }
        let title = { (source: SourceSpec, labels: [String: SourceLabel]) in
            source.title ?? labels[source.id]?.title ?? source.id
        }
        let allIDs = configuration.sources.map(\.id)
        // Combined feeds first: over many sources they take longest, so they start before the small ones.
        var jobs: [FeedJob] = configuration.feeds.compactMap { feed in
            let members = SourcePattern.matching(feed.sources, in: allIDs)
            guard affected(members, "\(feed.id).xml") else { return nil }
            return FeedJob(id: feed.id, title: feed.title, alternate: nil, sourceIDs: members, categories: feed.categories)
        }
        let staged = prerendered?.written ?? [:]
        // By index: a for-in loop would copy every source's spec (a retain per field) to look at its id.
        for index in configuration.sources.indices {
            let id = configuration.sources[index].id
            guard staged[id] == nil, affected([id], "\(id).xml") else { continue }
            let source = configuration.sources[index]
            let known = try labels()
            jobs.append(FeedJob(id: source.id, title: title(source, known), alternate: known[source.id]?.siteLink,
                                sourceIDs: [source.id], categories: []))
        }
        let rendered = try renderFeeds(jobs, keepingEntriesOf: allIDs, into: prerendered?.writes ?? StagedFileWrites())
        var written = staged
        for (job, isWritten) in zip(jobs, rendered.written) { written[job.id] = isWritten }
        for id in allIDs + configuration.feeds.map(\.id) {
            guard let isWritten = written[id] else { continue }
            if isWritten { report.written.append("feeds/\(id).xml") } else { report.unchanged += 1 }
        }
        // The newest articles of every source: the index page's, and a combined feed's over all sources.
        var latestOfAll = rendered.entries
        let latest = { () throws -> [StoredArticle] in
            if let latestOfAll { return latestOfAll }
            let entries = try store.articles(sourceIDs: allIDs, categories: [], limit: entriesPerFeed)
            latestOfAll = entries
            return entries
        }
        if changedSources == nil {
            let names = Set(configuration.sources.map { "\($0.id).xml" } + configuration.feeds.map { "\($0.id).xml" })
            try removeStaleFeeds(keeping: names, report: &report)
        }
        if (anyChange && articlesChanged) || missing("sitemap.xml") { try writeSitemap(report: &report) }
        let renderOPML = anyChange || missing("feeds.opml"), renderIndex = anyChange || missing("index.html")
        guard renderOPML || renderIndex else { return report }
        let known = try labels()
        let outlines = configuration.sources.map { source in
            FeedOutline(title: title(source, known), xmlURL: ids.feedURL(source.id), htmlURL: known[source.id]?.siteLink)
        } + configuration.feeds.map { FeedOutline(title: $0.title, xmlURL: ids.feedURL($0.id), htmlURL: nil) }
        // Both pages sit in the output folder: one commit syncs it once for the two.
        let pages = StagedFileWrites()
        if renderOPML {
            try write(OPMLRenderer.render(title: configuration.site.title, feeds: outlines), to: "feeds.opml",
                      stagingIn: pages, report: &report)
        }
        if renderIndex {
            let titles = Dictionary(uniqueKeysWithValues: configuration.sources.map { ($0.id, title($0, known)) })
            let page = IndexPageRenderer.render(title: configuration.site.title, feeds: outlines,
                                                latest: try latest(), sourceTitles: titles)
            try write(page, to: "index.html", stagingIn: pages, report: &report)
        }
        try pages.commit()
        return report
    }

    /// Title and site link of every polled source, through the store's narrow query where it has one.
    private func sourceLabels() throws -> [String: SourceLabel] {
        if let reader = store as? any SourceLabelReading { return try reader.sourceLabels() }
        return try store.fetchStates().mapValues { SourceLabel(title: $0.title, siteLink: $0.siteLink) }
    }

    var entriesPerFeed: Int { configuration.output.entriesPerFeed }

    private func writeSitemap(report: inout Report) throws {
        // Parts are written as the store's cursor reaches them, before the index that lists them.
        var files: [RenderedFile] = []
        var stream = SitemapStream(baseURL: ids.baseURL, maxURLs: sitemapURLsPerPart) { files.append($0) }
        var kept: Set<String> = []
        let flush = { (report: inout Report) throws in
            for file in files {
                try write(file.data, to: file.relativePath, report: &report)
                kept.insert(file.relativePath)
            }
            files.removeAll()
        }
        try store.forEachSitemapEntry { entry in
            try stream.append(SitemapURL(loc: entry.link, lastmod: entry.lastmod))
            if !files.isEmpty { try flush(&report) }
        }
        try stream.finish()
        try flush(&report)
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

    /// Writes `data` now, or stages it in `writes` for their commit; counts it in `report` either way.
    private func write(_ data: Data, to relativePath: String, stagingIn writes: StagedFileWrites? = nil,
                       report: inout Report) throws {
        let path = configuration.site.outputDir + "/" + relativePath
        if try writes.map({ try $0.stage(data, to: path) }) ?? writer.write(data, to: path) {
            report.written.append(relativePath)
        } else {
            report.unchanged += 1
        }
    }
}
