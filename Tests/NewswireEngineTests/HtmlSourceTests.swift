import Foundation
import Logging
import NewswireEngine
import NewswireFetch
import NewswireModel
import NewswireStore
import NewswireTestSupport
import Testing

@Suite struct HtmlSourceTests {
    let now = Date(timeIntervalSince1970: 1_735_300_000)  // 2024-12-27T11:46:40Z

    func storedPreview(_ harness: EngineHarness, _ source: SourceSpec) throws -> [PreviewArticle] {
        let store = try SQLiteArticleStore(stateDir: harness.folder.path + "/state")
        let zone = TimeZone(identifier: source.timezone ?? "UTC")!
        return try store.articles(sourceIDs: [source.id], categories: [], limit: 1000)
            .map { PreviewArticle($0.article, timeZone: zone) }
    }

    func preview(_ site: HtmlFixtureSite, _ source: SourceSpec) async throws -> SourcePreview {
        let fetcher = CurlFetcher(settings: FetchSettings(timeout: 10, connectTimeout: 5), userAgent: "newswire-tests")
        defer { fetcher.shutdown() }
        let previewer = SourcePreviewer(fetcher: fetcher, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
                                        now: { now })
        return try await previewer.preview(source)
    }

    @Test(arguments: ["portal", "world", "links"])
    func regenerateAndPreviewProduceTheGoldenArticles(site name: String) async throws {
        let harness = try EngineHarness()
        let site = try HtmlFixtureSite()
        let source = [("portal", site.portal), ("world", site.world), ("links", site.links)].first { $0.0 == name }!.1
        let report = try await harness.regenerate(harness.configuration(sources: [source]), now: now)
        #expect(report.failures.isEmpty, "\(report.failures.map(\.result))")
        try GoldenArticles.check("\(name).json", storedPreview(harness, source), site: site)
        let preview = try await preview(site, source)
        try GoldenArticles.check("\(name).json", preview.articles.map {
            PreviewArticle($0, timeZone: TimeZone(identifier: preview.timeZone)!)
        }, site: site)
    }

    @Test func gbPortalYieldsCleanCorrectlyDatedArticles() async throws {
        let harness = try EngineHarness()
        let site = try HtmlFixtureSite()
        _ = try await harness.regenerate(harness.configuration(sources: [site.portal]), now: now)
        let articles = try storedPreview(harness, site.portal)
        #expect(articles.count == 21)
        let first = try #require(articles.first { $0.link?.hasSuffix("2024_12_26_700001.shtml") == true })
        #expect(first.published == "2024-12-26T05:09:00Z")
        #expect(first.publishedLocal == "2024-12-26T13:09:00+08:00")
        #expect(first.authors == ["吕栋 <lvdong@guancha.cn>"])
        #expect(first.categories == ["财经", "china"])
        let undated = try #require(articles.first { $0.link?.hasSuffix("700005.shtml") == true })
        #expect(undated.published == "2024-12-26T00:15:00Z", "takes the article page's date")
        #expect(articles.contains { $0.title.contains("朱镕基") }, "GBK-only characters survive")
        for article in articles {
            let content = article.content ?? ""
            #expect(!content.contains("\u{FFFD}") && !article.title.contains("\u{FFFD}"))
            #expect(!content.contains("分享到") && !content.contains("相关文章") && !content.contains("责任编辑"))
            #expect(content.contains("/images/2024/") && !content.contains("data:image"))
            #expect(article.summary?.contains("“引号”与&符号") == true)
        }
        let feed = try harness.read("feeds/portal-economy.xml")
        #expect(feed.contains("<published>2024-12-26T05:09:00Z</published>"))
    }

    @Test func unchangedEntriesAreNotFetchedAgainAndChangedOnesAreRevalidated() async throws {
        let harness = try EngineHarness()
        let site = try HtmlFixtureSite()
        let configuration = harness.configuration(sources: [site.portal])
        _ = try await harness.regenerate(configuration, now: now)
        #expect(site.portalArticleRequests.count == 21)
        let second = try await harness.regenerate(configuration, now: now.addingTimeInterval(600))
        #expect(second.outcomes.first?.httpStatus == 304)
        #expect(site.portalArticleRequests.count == 21)
        // The list changes (a new layout of the same items would too): only changed entries are revalidated.
        site.serve("/economy/", "html/portal-edited/economy.html", contentType: "text/html")
        let third = try await harness.regenerate(configuration, now: now.addingTimeInterval(1200))
        #expect(third.failures.isEmpty)
        let refetched = site.portalArticleRequests.dropFirst(21)
        #expect(refetched.map(\.path) == ["/economy/2024_12_26_700002.shtml"])
        #expect(refetched.first?.header("If-None-Match") != nil)
    }

    @Test func failedArticlePageIsRetriedOnTheNextPoll() async throws {
        let harness = try EngineHarness()
        let site = try HtmlFixtureSite()
        let configuration = harness.configuration(sources: [site.portal])
        let broken = "/economy/2024_12_26_700003.shtml"
        site.fail(broken)
        let first = try await harness.regenerate(configuration, now: now)
        #expect(first.failures.isEmpty, "an article page failing keeps the list item")
        var stored = try storedPreview(harness, site.portal)
        #expect(stored.count == 21)
        #expect(stored.first { $0.link?.hasSuffix("700003.shtml") == true }?.content == nil)
        site.serve(broken, "html/portal/articles/2024_12_26_700003.shtml", contentType: "text/html")
        _ = try await harness.regenerate(configuration, now: now.addingTimeInterval(600))
        #expect(site.portalArticleRequests.count == 22, "21, then only the failed page again")
        stored = try storedPreview(harness, site.portal)
        #expect(stored.first { $0.link?.hasSuffix("700003.shtml") == true }?.content?.contains("新能源汽车") == true)
    }

    @Test func changedLayoutIsASourceFailureAndStoredArticlesStay() async throws {
        let harness = try EngineHarness()
        let site = try HtmlFixtureSite()
        let configuration = harness.configuration(sources: [site.portal])
        _ = try await harness.regenerate(configuration, now: now)
        site.serve("/economy/", "html/changed/economy.html", contentType: "text/html")
        let report = try await harness.regenerate(configuration, now: now.addingTimeInterval(600))
        guard case .failed(let reason) = try #require(report.outcomes.first).result else {
            Issue.record("expected a failure")
            return
        }
        #expect(reason.contains("item selector \"ul.column-list > li\" matched nothing"))
        #expect(try harness.read("feeds/portal-economy.xml").components(separatedBy: "<entry>").count - 1 == 21)
    }

    @Test func mostItemsWithoutLinksIsASourceFailure() async throws {
        let harness = try EngineHarness()
        let site = try HtmlFixtureSite()
        var source = site.portal
        source.html?.link = "h4 a @data-href"
        let report = try await harness.regenerate(harness.configuration(sources: [source]), now: now)
        guard case .failed(let reason) = try #require(report.outcomes.first).result else {
            Issue.record("expected a failure")
            return
        }
        #expect(reason.contains("21 of 21 items have no link (selector \"h4 a @data-href\")"))
    }

    @Test func undatedItemWithoutArticlePageKeepsItsFirstSeenTime() async throws {
        let harness = try EngineHarness()
        let site = try HtmlFixtureSite()
        let configuration = harness.configuration(sources: [site.links])
        _ = try await harness.regenerate(configuration, now: now)
        site.serve("/links/list.html", "html/links/list-edited.html")
        let second = try await harness.regenerate(configuration, now: now.addingTimeInterval(3600))
        #expect(second.outcomes.first?.changedArticles == true, "the edited list is read again")
        let store = try SQLiteArticleStore(stateDir: harness.folder.path + "/state")
        let undated = try #require(try store.articles(sourceIDs: ["links"], categories: [], limit: 10)
            .first { $0.article.canonicalLink == "https://other.example.com/e.html" })
        #expect(undated.article.published == nil)
        #expect(undated.published == now, "first seen, stored once")
    }

    @Test func previewNamesSelectorsThatMatchedNothing() async throws {
        let site = try HtmlFixtureSite()
        var source = site.links
        source.html?.author = "span.author"
        let preview = try await preview(site, source)
        #expect(preview.itemCount == 5)
        #expect(preview.emptySelectors == ["author"])
        #expect(preview.selectorMisses["category"] == 3)
        #expect(preview.warnings.contains("unreadable date: 日期待定"))
        #expect(preview.timeZone == "Asia/Shanghai")
    }

    @Test func previewNamesArticleSelectorsThatMatchedNothing() async throws {
        let site = try HtmlFixtureSite()
        var source = site.portal
        source.html?.article?.content = "div.article-text"
        source.html?.article?.categories = ".tags a"
        let preview = try await preview(site, source)
        #expect(preview.articlePages == 21)
        #expect(preview.emptySelectors == ["article.categories", "article.content"])
        #expect(preview.articles.allSatisfy { $0.content?.value.contains("第二段") == true },
                "the main text is still found automatically")
        #expect(preview.text().contains("selectors that matched nothing: article.categories, article.content"))
    }

    @Test func atomOutputOfHtmlSourcesValidates() async throws {
        let harness = try EngineHarness()
        let site = try HtmlFixtureSite()
        _ = try await harness.regenerate(harness.configuration(sources: [site.portal, site.world, site.links]), now: now)
        guard let validator = SchemaValidator.available else { return }
        for feed in ["all", "portal-economy", "city-desk", "links"] {
            #expect(try validator.atomProblems(URL(fileURLWithPath: harness.outputDir + "/feeds/\(feed).xml")) == "")
        }
    }
}
