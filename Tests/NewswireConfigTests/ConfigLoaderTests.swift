import Foundation
import NewswireConfig
import NewswireModel
import Testing

@Suite struct ConfigLoaderTests {
    static let fullConfig = """
    [site]
    title      = "Example news"
    base_url   = "https://feeds.example.org"
    output_dir = "public"
    state_dir  = "/var/lib/newswire"

    [fetch]
    user_agent      = "newswire-test"
    timeout         = "45s"
    connect_timeout = "5s"
    max_body        = "2MiB"
    max_redirects   = 3
    concurrency     = 8
    per_host        = 1

    [poll]
    interval = "20m"
    jitter   = "25%"
    max_backoff = "1h30m"

    [output]
    entries_per_feed = 100
    retention        = "30d"

    [log]
    level = "debug"

    [[source]]
    id       = "guancha-economy"
    url      = "https://www.guancha.cn/economy"
    type     = "html"
    interval = "10m"
    charset  = "gbk"
    categories = ["economy"]
    [source.html]
    item     = "ul.column-list > li"
    title    = "h4 a"
    link     = "h4 a @href"
    date     = "span.time"
    timezone = "Asia/Shanghai"
    summary  = "p"
    category = "span.category"
    author   = ".author"
    follow   = true
    [source.html.article]
    content  = "div.content"
    author   = "div.author-intro"
    categories = "a.tag"
    remove   = [".share", ".related"]

    [[source]]
    id  = "local"
    url = "feeds/local feed.xml"
    title = "Local"

    [[source]]
    id  = "explicit-file"
    url = "file:///srv/feed.xml"
    type = "rss"

    [[source]]
    id  = "absolute-path"
    url = "/srv/news/feed.xml"

    [[feed]]
    id      = "all"
    title   = "All news"
    sources = ["*"]
    categories = []
    """

    @Test func loadsTheFullExample() throws {
        let folder = try ConfigTestFolder()
        defer { folder.remove() }
        let loaded = try folder.load(Self.fullConfig, validateSelector: { _ in nil })
        let config = loaded.configuration
        #expect(loaded.warnings.isEmpty)
        #expect(config.path == folder.configPath)
        #expect(config.site == SiteSettings(title: "Example news", baseURL: "https://feeds.example.org/",
                                            outputDir: folder.path + "/public", stateDir: "/var/lib/newswire"))
        #expect(config.fetch == FetchSettings(userAgent: "newswire-test", timeout: 45, connectTimeout: 5,
                                              maxBody: 2_097_152, maxRedirects: 3, concurrency: 8, perHost: 1))
        #expect(config.poll == PollSettings(interval: 1200, jitter: 0.25, maxBackoff: 5400))
        #expect(config.output == OutputSettings(entriesPerFeed: 100, retention: 30 * 86_400))
        let html = HTMLSelectors(
            item: "ul.column-list > li", title: "h4 a", link: "h4 a @href", date: "span.time", summary: "p",
            category: "span.category", author: ".author", follow: true,
            article: ArticleSelectors(content: "div.content", author: "div.author-intro", remove: [".share", ".related"],
                                      categories: "a.tag"))
        #expect(config.sources == [
            SourceSpec(id: "guancha-economy", url: "https://www.guancha.cn/economy", type: .html, interval: 600,
                       charset: "gbk", categories: ["economy"], timezone: "Asia/Shanghai", html: html),
            SourceSpec(id: "local", url: "file://" + folder.path + "/feeds/local%20feed.xml", title: "Local"),
            SourceSpec(id: "explicit-file", url: "file:///srv/feed.xml", type: .rss),
            SourceSpec(id: "absolute-path", url: "file:///srv/news/feed.xml"),
        ])
        #expect(config.feeds == [FeedSpec(id: "all", title: "All news", sources: ["*"])])
    }

    @Test func appliesTheDocumentedDefaults() throws {
        let folder = try ConfigTestFolder()
        defer { folder.remove() }
        let config = try folder.load("[site]\nbase_url = \"http://localhost:8080/news\"\n").configuration
        #expect(config.site == SiteSettings(title: "Newswire", baseURL: "http://localhost:8080/news/",
                                            outputDir: folder.path + "/public", stateDir: folder.path + "/state"))
        #expect(config.fetch == FetchSettings())
        #expect(config.fetch.userAgent == nil)
        #expect(config.fetch.maxBody == 10_000_000)
        #expect(config.poll == PollSettings(interval: 900, jitter: 0.1, maxBackoff: 21_600))
        #expect(config.output == OutputSettings(entriesPerFeed: 50, retention: 90 * 86_400))
        #expect(config.sources.isEmpty && config.feeds.isEmpty)
        #expect(config.logLevel == nil)
        let logging = try folder.load("[site]\nbase_url = \"http://localhost/\"\n[log]\nlevel = \"debug\"\n")
        #expect(logging.configuration.logLevel == "debug")
    }

    @Test func warnsAboutFeedPatternsMatchingNoSource() throws {
        let folder = try ConfigTestFolder()
        defer { folder.remove() }
        let text = """
        [site]
        base_url = "https://x.org/"
        [[source]]
        id = "news-a"
        url = "https://a.org/feed"
        [[feed]]
        id = "some"
        sources = ["news-*", "sport-*"]
        """
        #expect(folder.diagnostics(text) == ["FILE:8:22: warning: source pattern \"sport-*\" matches no source"])
        #expect(try folder.load(text).configuration.feeds == [FeedSpec(id: "some", title: "some", sources: ["news-*", "sport-*"])])
    }

    @Test func reportsAMissingFileAtItsFirstLine() {
        #expect(throws: ConfigError(diagnostics: [Diagnostic(
            file: "/nonexistent/newswire.toml", line: 1, column: 1,
            message: "cannot read the config file: it does not exist")])) {
            try ConfigLoader.load(path: "/nonexistent/newswire.toml")
        }
    }

    @Test func anHTMLTableImpliesTheHTMLTypeAndIsOtherwiseIgnoredWithAWarning() throws {
        let folder = try ConfigTestFolder()
        defer { folder.remove() }
        let text = """
        [site]
        base_url = "https://x.org/"
        [[source]]
        id = "implied"
        url = "https://a.org/"
        [source.html]
        item = "li"
        [[source]]
        id = "declared"
        url = "https://b.org/"
        type = "rss"
        [source.html]
        item = "li"
        """
        let loaded = try folder.load(text)
        #expect(loaded.configuration.sources.map(\.type) == [.html, .rss])
        #expect(folder.diagnostics(text) == ["FILE:12:1: warning: [source.html] is only used when type = \"html\""])
    }

    @Test func reportsAFolderGivenAsTheConfigFile() throws {
        let folder = try ConfigTestFolder()
        defer { folder.remove() }
        #expect(throws: ConfigError(diagnostics: [Diagnostic(
            file: folder.path, line: 1, column: 1, message: "cannot read the config file: it is a folder")])) {
            try ConfigLoader.load(path: folder.path)
        }
    }

    @Test(arguments: [
        ("a.toml", ["NEWSWIRE_CONFIG": "b.toml"], "a.toml"),
        (nil, ["NEWSWIRE_CONFIG": "b.toml"], "b.toml"),
        (nil, [:], "/etc/newswire/newswire.toml"),
        (nil, ["NEWSWIRE_CONFIG": ""], "/etc/newswire/newswire.toml"),
    ] as [(String?, [String: String], String)])
    func resolvesTheConfigPath(explicit: String?, environment: [String: String], expected: String) {
        #expect(ConfigLoader.resolvePath(explicit: explicit, environment: environment) == expected)
    }
}

@Suite struct ConfigLoaderScaleTests {
    @Test func reportsADuplicateAmongAThousandSources() throws {
        let folder = try ConfigTestFolder()
        defer { folder.remove() }
        var text = "[site]\nbase_url = \"https://x.org/\"\n"
        for index in 0..<1000 {
            text += "[[source]]\nid = \"s\(index)\"\nurl = \"https://host\(index % 7).example/feed\(index)\"\n"
        }
        let valid = try folder.load(text).configuration
        #expect(valid.sources.count == 1000)
        #expect(valid.sources[999] == SourceSpec(id: "s999", url: "https://host5.example/feed999"))
        // Source 1000 is on lines 3000...3002; the first "s3" is on line 3 + 3 * 3 + 1 = 13.
        text += "[[source]]\nid = \"s3\"\nurl = \"https://x.org/again\"\n"
        #expect(folder.diagnostics(text) == ["FILE:3004:6: error: duplicate id \"s3\": already used by the source at line 13"])
    }
}
