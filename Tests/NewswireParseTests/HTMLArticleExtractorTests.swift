import Foundation
import NewswireModel
import NewswireParse
import Testing

@Suite struct HTMLArticleExtractorTests {
    let zone = TimeZone(identifier: "Asia/Shanghai")!

    func extract(_ body: String, _ selectors: ArticleSelectors? = nil) throws -> HTMLArticlePage {
        try HTMLArticleExtractor(selectors: selectors)
            .extract(Data(body.utf8), url: "https://site.example/news/1.html", timeZone: zone, now: Date())
    }

    static let prose = """
        <p>The first paragraph is long enough to count, with commas, clauses, and a point.</p>
        <p>The second paragraph adds more words, more commas, and more detail for the scorer.</p>
        """

    @Test func selectorsWinAndRemoveStripsBlocks() throws {
        let page = try extract("""
            <html><head><meta property="article:published_time" content="2024-12-20T00:00:00Z"></head><body>
            <div class="meta"><span>2024-12-26 13:09</span></div><div class="by">作者：吕栋 lvdong@guancha.cn</div>
            <div class="content"><p>Body</p><div class="share">分享到</div><p class="editor">责任编辑：张三</p></div>
            <div class="tags"><a>经济</a><a>外贸</a><a>经济</a></div>
            </body></html>
            """, ArticleSelectors(content: "div.content", author: "div.by", date: "div.meta span",
                                  remove: [".share", "p.editor"], categories: ".tags a"))
        #expect(page.contentHTML == "<p>Body</p>")
        #expect(page.categories == ["经济", "外贸"])
        #expect(page.authors == [Person(name: "吕栋", email: "lvdong@guancha.cn")])
        #expect(page.published == ISO8601DateFormatter().date(from: "2024-12-26T05:09:00Z"))
    }

    @Test(arguments: [
        ("<meta property=\"article:published_time\" content=\"2024-12-26T13:09:00+08:00\">", "2024-12-26T05:09:00Z"),
        ("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-12-26 13:09\"}</script>",
         "2024-12-26T05:09:00Z"),
        ("<script type=\"application/ld+json\">[{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-12-26T05:09:00Z\"}]}]</script>",
         "2024-12-26T05:09:00Z"),
    ])
    func metadataGivesTheDate(head: String, expected: String) throws {
        let page = try extract("<html><head>\(head)</head><body>\(Self.prose)</body></html>")
        #expect(page.published == ISO8601DateFormatter().date(from: expected))
    }

    @Test func timeElementAndOpenGraphAndJSONLDAuthor() throws {
        let page = try extract("""
            <html><head><meta property="og:title" content="OG title"><title>Tab title</title>
            <script type="application/ld+json">{"@type":"Article","datePublished":"bad","author":{"name":"Jane Roe"}}</script>
            <meta property="article:tag" content="trams"></head>
            <body><time datetime="2024-12-26T13:09">today</time>\(Self.prose)</body></html>
            """)
        #expect(page.title == "OG title")
        #expect(page.authors == [Person(name: "Jane Roe")])
        #expect(page.published == ISO8601DateFormatter().date(from: "2024-12-26T05:09:00Z"))
        #expect(page.categories == ["trams"])
    }

    @Test func mainContentIsFoundWithoutSelectors() throws {
        let page = try extract("""
            <html><body>
            <nav><a href="/">Home</a><a href="/x">Section</a></nav>
            <div class="sidebar"><p>Sidebar text that is long enough, with commas, to be a paragraph.</p></div>
            <div class="article-content">\(Self.prose)
              <div class="share-links"><a href="https://twitter.com">Tweet</a></div>
              <img data-src="/a.jpg">
            </div>
            <div class="related"><ul><li><a href="/r1">Related story one with a long title</a></li></ul></div>
            <footer><p>Footer text that is long enough, with commas, to look like prose.</p></footer>
            </body></html>
            """)
        let html = try #require(page.contentHTML)
        #expect(html.contains("The first paragraph") && html.contains("The second paragraph"))
        #expect(html.contains("data-src=\"/a.jpg\""), "lazy images are left for the sanitizer")
        #expect(!html.contains("Tweet") && !html.contains("Sidebar") && !html.contains("Related") && !html.contains("Footer"))
    }

    @Test func pageWithoutProseHasNoContent() throws {
        #expect(try extract("<html><body><a href=\"/\">Home</a></body></html>").contentHTML == nil)
    }
}
