import NewswireModel

/// What one render writes, decided in one place: from what changed since the outputs were last known to
/// match the store, and which output files exist. A plain value, so each decision is tested on its own.
public struct RenderPlan: Equatable, Sendable {
    /// What changed.
    public enum Scope: Equatable, Sendable {
        /// Unknown (first render, new configuration or build, pruned articles): render every file.
        case everything
        /// These sources' feeds may change (new articles, or a new title or site link); `articles` says
        /// whether any article changed (the index page lists them), `labels` whether a source's title or
        /// site link did (OPML and the index page name them). `sitemap` holds the articles whose sitemap
        /// entry changed (`UpdateSummary.sitemapHolders`); nil when that is not known: then the whole
        /// sitemap is rewritten if any article changed.
        case changed(sources: Set<String>, articles: Bool, labels: Bool, sitemap: Set<Int64>? = nil)
    }

    /// What of the sitemap a render rewrites.
    enum SitemapWork: Equatable, Sendable {
        case none
        case all
        /// The parts of these holders (`Scope.changed`'s `sitemap`), and any part whose file is missing.
        case holders(Set<Int64>)
    }

    /// Output files that exist now: the configured feeds (ids) whose file is missing, and whether each
    /// site-wide file is there.
    struct ExistingFiles: Sendable {
        var missingFeeds: Set<String> = []
        var sitemap = true
        var opml = true
        var indexPage = true

        /// Every file present: what a subset render assumes when it is not told otherwise.
        static let all = ExistingFiles()
    }

    /// Combined feeds to render (ids of `[[feed]]`), first: over many sources they take longest.
    var combinedFeeds: [String] = []
    /// Sources whose own feed is rendered.
    var sourceFeeds: [String] = []
    /// Feed files of sources and feeds that left the configuration are removed.
    var removesStaleFeeds = false
    var sitemap = SitemapWork.none
    var writesOPML = false
    var writesIndexPage = false

    /// Nothing to write.
    var isEmpty: Bool {
        combinedFeeds.isEmpty && sourceFeeds.isEmpty && !removesStaleFeeds && sitemap == .none && !writesOPML
            && !writesIndexPage
    }

    /// The plan for `scope` over `configuration` (whose `layout` the caller may have worked out already).
    static func make(_ scope: Scope, configuration: Configuration, existing: ExistingFiles,
                     layout: SiteLayout? = nil) -> RenderPlan {
        var plan = RenderPlan()
        let layout = layout ?? SiteLayout(configuration)
        let allIDs = layout.sourceIDs
        switch scope {
        case .everything:
            plan.combinedFeeds = configuration.feeds.map(\.id)
            plan.sourceFeeds = allIDs
            plan.removesStaleFeeds = true
            plan.sitemap = .all
            plan.writesOPML = true
            plan.writesIndexPage = true
        case .changed(let sources, let articles, let labels, let sitemap):
            // A feed is rendered when one of its sources changed, or when its file is missing: found from
            // what changed, not by a walk over every source.
            let touched = Set(sources.flatMap { layout.feedsWithSource[$0] ?? [] })
            plan.combinedFeeds = configuration.feeds.map(\.id).filter {
                touched.contains($0) || existing.missingFeeds.contains($0)
            }
            plan.sourceFeeds = sources.union(existing.missingFeeds).compactMap { layout.sourcePosition[$0] }
                .sorted().map { allIDs[$0] }
            if !existing.sitemap || (articles && sitemap == nil) {
                plan.sitemap = .all
            } else if let sitemap, !sitemap.isEmpty {
                plan.sitemap = .holders(sitemap)
            }
            plan.writesOPML = labels || !existing.opml
            plan.writesIndexPage = articles || labels || !existing.indexPage
        }
        return plan
    }
}
