import Testing
import NewswireModel
@testable import NewswireEngine

/// What a render writes, decided from what changed and which files exist.
struct RenderPlanTests {
    private let configuration: Configuration = {
        var configuration = Configuration(path: "newswire.toml", site: SiteSettings(
            title: "t", baseURL: "https://x.example/", outputDir: "/nonexistent/out", stateDir: "/nonexistent/state"))
        configuration.sources = ["a", "b", "c"].map { SourceSpec(id: $0, url: "https://\($0).example/feed") }
        configuration.feeds = [FeedSpec(id: "all", title: "All", sources: ["*"]), FeedSpec(id: "bc", title: "BC", sources: ["b", "c"])]
        return configuration
    }()
    private let present = RenderPlan.ExistingFiles.all

    @Test func everythingRendersEveryFileAndRemovesStaleFeeds() {
        let plan = RenderPlan.make(.everything, configuration: configuration, existing: present)
        #expect(plan.combinedFeeds == ["all", "bc"])
        #expect(plan.sourceFeeds == ["a", "b", "c"])
        #expect(plan.removesStaleFeeds && plan.sitemap == .all && plan.writesOPML && plan.writesIndexPage)
    }

    @Test func newArticlesRenderTheSourceTheFeedsOverItTheSitemapAndTheIndexPage() {
        let plan = RenderPlan.make(.changed(sources: ["a"], articles: true, labels: false),
                                   configuration: configuration, existing: present)
        #expect(plan.combinedFeeds == ["all"])
        #expect(plan.sourceFeeds == ["a"])
        #expect(plan.sitemap == .all, "which entries changed is not known: every part")
        #expect(plan.writesIndexPage)
        #expect(!plan.writesOPML, "OPML names feeds, not articles")
        #expect(!plan.removesStaleFeeds)
    }

    @Test func aNewTitleRendersOPMLAndTheIndexPageButNotTheSitemap() {
        let plan = RenderPlan.make(.changed(sources: ["c"], articles: false, labels: true),
                                   configuration: configuration, existing: present)
        #expect(plan.combinedFeeds == ["all", "bc"])
        #expect(plan.sourceFeeds == ["c"])
        #expect(plan.writesOPML && plan.writesIndexPage && plan.sitemap == .none)
    }

    @Test func changedSitemapEntriesRewriteOnlyTheirParts() {
        let plan = RenderPlan.make(.changed(sources: ["a"], articles: true, labels: false, sitemap: [7, 12]),
                                   configuration: configuration, existing: present)
        #expect(plan.sitemap == .holders([7, 12]))
        let unchanged = RenderPlan.make(.changed(sources: ["a"], articles: true, labels: false, sitemap: []),
                                        configuration: configuration, existing: present)
        #expect(unchanged.sitemap == .none, "articles changed, but no sitemap entry did")
        #expect(unchanged.writesIndexPage)
        var missing = present
        missing.sitemap = false
        #expect(RenderPlan.make(.changed(sources: ["a"], articles: true, labels: false, sitemap: [7]),
                                configuration: configuration, existing: missing).sitemap == .all)
    }

    @Test func nothingChangedWritesNothingWhenEveryFileIsThere() {
        let plan = RenderPlan.make(.changed(sources: [], articles: false, labels: false),
                                   configuration: configuration, existing: present)
        #expect(plan.isEmpty)
    }

    @Test func missingFilesAreWrittenWhateverChanged() {
        let existing = RenderPlan.ExistingFiles(missingFeeds: ["c", "b"], sitemap: false, opml: true, indexPage: false)
        let plan = RenderPlan.make(.changed(sources: [], articles: false, labels: false),
                                   configuration: configuration, existing: existing)
        #expect(plan.sourceFeeds == ["b", "c"])
        #expect(plan.combinedFeeds.isEmpty)
        #expect(plan.sitemap == .all && plan.writesIndexPage && !plan.writesOPML)
        let combined = RenderPlan.make(.changed(sources: [], articles: false, labels: false), configuration: configuration,
                                       existing: RenderPlan.ExistingFiles(missingFeeds: ["bc"]))
        #expect(combined.combinedFeeds == ["bc"] && combined.sourceFeeds.isEmpty)
    }

    @Test func changedSourcesAreRenderedInConfigurationOrderAndUnknownOnesIgnored() {
        let plan = RenderPlan.make(.changed(sources: ["c", "gone", "a"], articles: true, labels: false),
                                   configuration: configuration, existing: present)
        #expect(plan.sourceFeeds == ["a", "c"])
        #expect(plan.combinedFeeds == ["all", "bc"])
    }
}
