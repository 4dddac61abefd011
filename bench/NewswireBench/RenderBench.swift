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
        for (kind, articles, labels) in [("article", true, false), ("label", false, true)] {
            let scope = RenderPlan.Scope.changed(sources: [id], articles: articles, labels: labels)
            _ = try renderer.render(scope)  // warm the page caches
            let times = try (0..<runs).map { _ in try seconds { _ = try renderer.render(scope) } * 1000 }
            print(String(format: "render-%@ %d %.2f %.2f", kind, configuration.sources.count, median(times),
                         times.min() ?? 0))
        }
    }
}
