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
    let layout: SiteLayout
    /// What `feeds/` holds, kept across the renders of this renderer (the daemon keeps its renderer).
    var feedFolder = FeedFolderListing()
    /// The clock of a feed's first appearance (`ArticleStore.feedEpoch`).
    let now: @Sendable () -> Date
    /// Article ids per sitemap part (see `SiteRenderer+Sitemap`); tests set a smaller one to see parts.
    var sitemapIDsPerPart = SiteRenderer.defaultSitemapIDsPerPart

    public init(configuration: Configuration, store: any ArticleStore, now: @escaping @Sendable () -> Date = Date.init) {
        self.configuration = configuration
        self.store = store
        self.now = now
        ids = AtomIDs(baseURL: configuration.site.baseURL)
        layout = SiteLayout(configuration)
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
        let output = configuration.site.outputDir
        let folder = output + "/feeds"
        var existing = RenderPlan.ExistingFiles.all
        if case .changed = scope {
            existing = RenderPlan.ExistingFiles(
                missingFeeds: feedFolder.missingFeeds(in: folder, layout: layout),
                sitemap: writer.exists(output + "/sitemap.xml"), opml: writer.exists(output + "/feeds.opml"),
                indexPage: writer.exists(output + "/index.html"))
        }
        let plan = RenderPlan.make(scope, configuration: configuration, existing: existing, layout: layout)
        let report = try render(plan, sweepTempFiles: sweepTempFiles)
        // Every feed the plan named is there now, whether rewritten or left as it was.
        feedFolder.record(missing: existing.missingFeeds.subtracting(plan.combinedFeeds + plan.sourceFeeds), in: folder,
                          complete: scope == .everything)
        return report
    }

    /// Writes what `plan` says.
    func render(_ plan: RenderPlan, sweepTempFiles: Bool) throws -> Report {
        var report = Report()
        let output = configuration.site.outputDir
        if sweepTempFiles {
            for folder in [output, output + "/feeds", output + "/sitemaps"] { writer.removeStaleTempFiles(in: folder) }
        }
        let layout = self.layout
        // Labels of every source only for OPML; else of the sources a page or feed names.
        let indexLists = configuration.sources.count <= Self.sourceFeedsOnIndexPage
        var known = try plan.writesOPML || (plan.writesIndexPage && indexLists)
            ? sourceLabels(of: nil) : sourceLabels(of: plan.sourceFeeds)
        let title = { (source: SourceSpec, labels: [String: SourceLabel]) in
            source.title ?? labels[source.id]?.title ?? source.id
        }
        var jobs: [FeedJob] = plan.combinedFeeds.compactMap { id in
            guard let feed = configuration.feeds.first(where: { $0.id == id }) else { return nil }
            return FeedJob(id: feed.id, title: feed.title, alternate: nil, sourceIDs: layout.members[id] ?? [],
                           categories: feed.categories)
        }
        // `sourceFeeds` is in configuration order.
        for position in plan.sourceFeeds.compactMap({ layout.sourcePosition[$0] }) {
            let source = configuration.sources[position]
            jobs.append(FeedJob(id: source.id, title: title(source, known), alternate: known[source.id]?.siteLink,
                                sourceIDs: [source.id], categories: []))
        }
        let rendered = try renderFeeds(jobs, keepingEntriesOf: layout.sourceIDs, into: StagedFileWrites())
        var written: [String: Bool] = [:]
        for (job, isWritten) in zip(jobs, rendered.written) { written[job.id] = isWritten }
        for id in plan.sourceFeeds + configuration.feeds.map(\.id) {
            guard let isWritten = written[id] else { continue }
            if isWritten { report.written.append("feeds/\(id).xml") } else { report.unchanged += 1 }
        }
        if plan.removesStaleFeeds { try removeStaleFeeds(keeping: layout.feedFileNames, report: &report) }
        if plan.sitemap != .none { try writeSitemap(plan.sitemap, report: &report) }
        guard plan.writesOPML || plan.writesIndexPage else { return report }
        let outline = { (source: SourceSpec) in
            FeedOutline(title: title(source, known), xmlURL: ids.feedURL(source.id), htmlURL: known[source.id]?.siteLink)
        }
        let combinedOutlines = configuration.feeds.map { FeedOutline(title: $0.title, xmlURL: ids.feedURL($0.id), htmlURL: nil) }
        // Both pages sit in the output folder: one commit syncs it once for the two.
        let pages = StagedFileWrites()
        if plan.writesOPML {
            try write(OPMLRenderer.render(title: configuration.site.title,
                                          feeds: configuration.sources.map(outline) + combinedOutlines),
                      to: "feeds.opml", stagingIn: pages, report: &report)
        }
        if plan.writesIndexPage {
            // The newest articles of every source: a combined feed's over all sources when one was rendered.
            let latest = try rendered.entries
                ?? store.articles(sourceIDs: layout.sourceIDs, categories: [], limit: entriesPerFeed)
            let named = Set(latest.flatMap(\.sourceIDs))
            known.merge(try sourceLabels(of: Array(named.subtracting(known.keys))), uniquingKeysWith: { $1 })
            var titles: [String: String] = [:]
            for id in named {
                guard let position = layout.sourcePosition[id] else { continue }
                titles[id] = title(configuration.sources[position], known)
            }
            let page = IndexPageRenderer.render(
                title: configuration.site.title,
                feeds: (indexLists ? configuration.sources.map(outline) : []) + combinedOutlines,
                unlistedFeeds: indexLists ? 0 : configuration.sources.count, latest: latest, sourceTitles: titles)
            try write(page, to: "index.html", stagingIn: pages, report: &report)
        }
        try pages.commit()
        return report
    }

    /// Past this many sources the index page lists only the combined feeds and points to `feeds.opml` for the
    /// sources' own: a page of thousands of feeds is neither readable nor cheap to rewrite on every new article.
    static let sourceFeedsOnIndexPage = 100

    /// Title and site link of these sources (all when nil), through the store's narrow query where it has one.
    private func sourceLabels(of ids: [String]?) throws -> [String: SourceLabel] {
        if ids?.isEmpty == true { return [:] }
        if let reader = store as? any SourceLabelReading { return try reader.sourceLabels(of: ids) }
        let wanted = ids.map(Set.init)
        return try store.fetchStates().filter { wanted?.contains($0.key) ?? true }
            .mapValues { SourceLabel(title: $0.title, siteLink: $0.siteLink) }
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
