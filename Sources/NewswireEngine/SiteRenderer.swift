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
    /// Article ids per sitemap part (see `SiteRenderer+Sitemap`); tests set a smaller one to see parts.
    var sitemapIDsPerPart = SiteRenderer.defaultSitemapIDsPerPart

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
    public func renderAll(sweepTempFiles: Bool = true) throws -> Report {
        try render(.everything, sweepTempFiles: sweepTempFiles)
    }

    /// Renders what `scope` touches (see `RenderPlan`); `sweepTempFiles` removes temp files that
    /// crashed writers of other processes left behind (false while a `newswire run` may be writing).
    public func render(_ scope: RenderPlan.Scope, sweepTempFiles: Bool = true) throws -> Report {
        try render(plan(scope), sweepTempFiles: sweepTempFiles)
    }

    /// The plan for `scope` against the output folder as it is.
    func plan(_ scope: RenderPlan.Scope) -> RenderPlan {
        let output = configuration.site.outputDir
        let existing: RenderPlan.ExistingFiles
        if case .everything = scope {
            existing = .all(feeds: [])
        } else {
            // One listing instead of a stat per feed: thousands of sources made that a cost of its own.
            existing = RenderPlan.ExistingFiles(
                feeds: Set((try? FileManager.default.contentsOfDirectory(atPath: output + "/feeds")) ?? []),
                sitemap: writer.exists(output + "/sitemap.xml"), opml: writer.exists(output + "/feeds.opml"),
                indexPage: writer.exists(output + "/index.html"))
        }
        return RenderPlan.make(scope, configuration: configuration, existing: existing)
    }

    /// Writes what `plan` says.
    func render(_ plan: RenderPlan, sweepTempFiles: Bool) throws -> Report {
        var report = Report()
        let output = configuration.site.outputDir
        if sweepTempFiles {
            for folder in [output, output + "/feeds", output + "/sitemaps"] { writer.removeStaleTempFiles(in: folder) }
        }
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
        var jobs: [FeedJob] = plan.combinedFeeds.compactMap { id in
            guard let feed = configuration.feeds.first(where: { $0.id == id }) else { return nil }
            return FeedJob(id: feed.id, title: feed.title, alternate: nil,
                           sourceIDs: SourcePattern.matching(feed.sources, in: allIDs), categories: feed.categories)
        }
        if !plan.sourceFeeds.isEmpty {
            let known = try labels()
            let planned = Set(plan.sourceFeeds)
            // By index: a for-in loop would copy every source's spec (a retain per field) to look at its id.
            for index in configuration.sources.indices where planned.contains(configuration.sources[index].id) {
                let source = configuration.sources[index]
                jobs.append(FeedJob(id: source.id, title: title(source, known), alternate: known[source.id]?.siteLink,
                                    sourceIDs: [source.id], categories: []))
            }
        }
        let rendered = try renderFeeds(jobs, keepingEntriesOf: allIDs, into: StagedFileWrites())
        var written: [String: Bool] = [:]
        for (job, isWritten) in zip(jobs, rendered.written) { written[job.id] = isWritten }
        for id in allIDs + configuration.feeds.map(\.id) {
            guard let isWritten = written[id] else { continue }
            if isWritten { report.written.append("feeds/\(id).xml") } else { report.unchanged += 1 }
        }
        if plan.removesStaleFeeds {
            let names = Set(configuration.sources.map { "\($0.id).xml" } + configuration.feeds.map { "\($0.id).xml" })
            try removeStaleFeeds(keeping: names, report: &report)
        }
        if plan.sitemap != .none { try writeSitemap(plan.sitemap, report: &report) }
        guard plan.writesOPML || plan.writesIndexPage else { return report }
        let known = try labels()
        let outlines = configuration.sources.map { source in
            FeedOutline(title: title(source, known), xmlURL: ids.feedURL(source.id), htmlURL: known[source.id]?.siteLink)
        } + configuration.feeds.map { FeedOutline(title: $0.title, xmlURL: ids.feedURL($0.id), htmlURL: nil) }
        // Both pages sit in the output folder: one commit syncs it once for the two.
        let pages = StagedFileWrites()
        if plan.writesOPML {
            try write(OPMLRenderer.render(title: configuration.site.title, feeds: outlines), to: "feeds.opml",
                      stagingIn: pages, report: &report)
        }
        if plan.writesIndexPage {
            // The newest articles of every source: a combined feed's over all sources when one was rendered.
            let latest = try rendered.entries
                ?? store.articles(sourceIDs: allIDs, categories: [], limit: entriesPerFeed)
            let titles = Dictionary(uniqueKeysWithValues: configuration.sources.map { ($0.id, title($0, known)) })
            let page = IndexPageRenderer.render(title: configuration.site.title, feeds: outlines,
                                                latest: latest, sourceTitles: titles)
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
    func write(_ data: Data, to relativePath: String, stagingIn writes: StagedFileWrites? = nil,
                       report: inout Report) throws {
        let path = configuration.site.outputDir + "/" + relativePath
        if try writes.map({ try $0.stage(data, to: path) }) ?? writer.write(data, to: path) {
            report.written.append(relativePath)
        } else {
            report.unchanged += 1
        }
    }
}
