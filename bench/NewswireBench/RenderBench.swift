import ArgumentParser
import Foundation
import NewswireConfig
import NewswireEngine
import NewswireStore

/// The render step after one source changed, in-process (configuration loaded and store opened once, as
/// in the daemon): the feeds with that source, the sitemap and the index page, after a new article
/// ("article") and after a new title ("label", which adds the OPML file). A site regenerated before, so
/// files whose bytes are the same are compared and left alone, as after a real change elsewhere.
struct RenderBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render")

    @Argument(help: "Config of a site regenerated before (bench/regenerate_config.py).")
    var config: String

    @Option(help: "The source that changed (default: the first).")
    var source: String?

    @Option(help: "Measured renders of each kind; the median is printed.")
    var runs = 15

    func run() throws {
        let configuration = try ConfigLoader.load(path: config)
        let store = try SQLiteArticleStore(stateDir: configuration.site.stateDir)
        let renderer = SiteRenderer(configuration: configuration, store: store)
        guard let id = source ?? configuration.sources.first?.id else { throw ValidationError("no sources") }
        // A new article holds the newest sitemap entry: its part is the one rewritten.
        let newest = try newestSitemapHolder(store)
        for (kind, articles, labels) in [("article", true, false), ("label", false, true)] {
            let scope = RenderPlan.Scope.changed(sources: [id], articles: articles, labels: labels,
                                                 sitemap: articles ? Set(newest.map { [$0] } ?? []) : [])
            // As the daemon after its first render: no sweep for temp files of writers cut short.
            _ = try renderer.render(scope, sweepTempFiles: false)  // warm the page caches
            let times = try (0..<runs).map { _ in try seconds { _ = try renderer.render(scope, sweepTempFiles: false) } * 1000 }
            print(String(format: "render-%@ %d %.2f %.2f", kind, configuration.sources.count, median(times),
                         times.min() ?? 0))
        }
    }

    /// The highest holder id: the last part found a part at a time, then walked within.
    private func newestSitemapHolder(_ store: SQLiteArticleStore) throws -> Int64? {
        let perPart = Int64(SiteRenderer.defaultSitemapIDsPerPart)
        var last: Int64?
        var next: Int64 = 1
        while let holder = try store.firstSitemapHolder(from: next) {
            last = holder
            next = (holder - 1) / perPart * perPart + perPart + 1
        }
        guard var newest = last else { return nil }
        while let holder = try store.firstSitemapHolder(from: newest + 1) { newest = holder }
        return newest
    }
}
