import Foundation
import NewswireModel
@testable import NewswireRender

/// Fixed inputs for the golden-file tests: every field and every awkward character at least once.
enum RenderSamples {
    static let feedUpdated = Date(timeIntervalSince1970: 1_735_257_600)  // 2024-12-27T00:00:00Z

    static let feed = AtomFeedDocument(
        id: "tag:feeds.example.org,2024:feed/all",
        title: "All news <&> \"quoted\" 'single'",
        subtitle: "Everything, deduplicated — 全部新闻",
        selfURL: "https://feeds.example.org/feeds/all.xml",
        alternateURL: "https://feeds.example.org/",
        updated: feedUpdated,
        authorName: "Newswire",
        generator: "newswire 0.1",
        entries: [richEntry, cjkEntry, xhtmlEntry, linklessEntry, awkwardEntry])

    /// Text title with special characters, html summary + content, two authors, enclosure, categories.
    static let richEntry = StoredArticle(
        id: 1, atomID: "tag:feeds.example.org,2024:a/1",
        article: Article(
            identity: "guid-1", canonicalLink: "https://example.com/news?id=1&lang=en",
            contentHash: String(repeating: "a", count: 64),
            title: .text("Tom & Jerry <live> \"today\" 'again' ]]>"),
            summary: .html("<p>Short &amp; sweet</p>"),
            content: .html("<p>Full text with <a href=\"https://example.com/?a=1&amp;b=2\">a link</a>.</p>"),
            authors: [Person(name: "Ann Author", email: "ann@example.com", uri: "https://example.com/ann"),
                      Person(name: "Bob \"B\" Builder")],
            categories: ["economy", "R&D", ""],
            enclosures: [Enclosure(url: "https://cdn.example.com/ep1.mp3?x=1&y=2", type: "audio/mpeg",
                                   length: 12_345_678)],
            language: "en", rights: "© 2024 Example & Co"),
        firstSeen: Date(timeIntervalSince1970: 1_735_189_740),
        published: Date(timeIntervalSince1970: 1_735_189_740),
        updated: Date(timeIntervalSince1970: 1_735_189_740.9),
        sourceIDs: ["example"])

    /// CJK text, `zh_CN` language tag, no author.
    static let cjkEntry = StoredArticle(
        id: 2, atomID: "tag:feeds.example.org,2024:a/2",
        article: Article(
            identity: "guid-2", canonicalLink: "https://www.guancha.cn/economy/2024_12_25_1.shtml",
            contentHash: String(repeating: "b", count: 64),
            title: .text("中国经济：2024年12月25日 «观察»"),
            summary: .text("摘要 <无标记> & 符号"),
            content: .html("<p>正文内容 &amp; 更多</p>"),
            categories: ["经济"],
            language: "zh_CN"),
        firstSeen: Date(timeIntervalSince1970: 1_735_169_415),
        published: Date(timeIntervalSince1970: 1_735_169_415),
        updated: Date(timeIntervalSince1970: 1_735_169_415),
        sourceIDs: ["guancha-economy", "example"])

    /// XHTML title and content; a text summary with `]]>` and characters illegal in XML.
    static let xhtmlEntry = StoredArticle(
        id: 3, atomID: "tag:feeds.example.org,2024:a/3",
        article: Article(
            identity: "guid-3", canonicalLink: "https://example.com/3",
            contentHash: String(repeating: "c", count: 64),
            title: TextConstruct(.xhtml, "<b>Bold</b> &amp; <i lang=\"en\">italic</i>"),
            summary: .text("Ends with ]]> and a bell\u{7} and \u{FFFE} gone"),
            content: TextConstruct(.xhtml, "<p>Hello <em>world</em><br/>&#169; &lt;tag&gt;</p><!-- note -->"),
            authors: [Person(name: "Carol", email: "carol@example.com")]),
        firstSeen: Date(timeIntervalSince1970: 1_734_681_600),
        published: Date(timeIntervalSince1970: 1_734_681_600),
        updated: Date(timeIntervalSince1970: 1_735_000_000),
        sourceIDs: ["example"])

    /// No link and no content: the summary becomes the content.
    static let linklessEntry = StoredArticle(
        id: 4, atomID: "tag:feeds.example.org,2024:a/4",
        article: Article(
            identity: "hash-4", canonicalLink: nil, contentHash: String(repeating: "d", count: 64),
            title: .html("Only a <em>summary</em>"),
            summary: .html("<p>The only text</p>")),
        firstSeen: Date(timeIntervalSince1970: 1_730_548_800),
        published: Date(timeIntervalSince1970: 1_730_548_800),
        updated: Date(timeIntervalSince1970: 1_730_548_800),
        sourceIDs: ["nolinks"])

    /// Values atom.rnc would reject: malformed xhtml, bad language tag, email, media type, length.
    static let awkwardEntry = StoredArticle(
        id: 5, atomID: "tag:feeds.example.org,2024:a/5",
        article: Article(
            identity: "guid-5", canonicalLink: "https://example.com/5",
            contentHash: String(repeating: "e", count: 64),
            title: .text(""),
            content: TextConstruct(.xhtml, "<p>unclosed <b>bold</p>"),
            authors: [Person(name: "Dan", email: "not-an-email", uri: "")],
            enclosures: [Enclosure(url: "https://cdn.example.com/x.bin", type: "binary", length: -1)],
            language: "english language"),
        firstSeen: Date(timeIntervalSince1970: 1_727_740_800),
        published: Date(timeIntervalSince1970: 1_727_740_800),
        updated: Date(timeIntervalSince1970: 1_727_740_800),
        sourceIDs: ["example"])

    static let outlines = [
        FeedOutline(title: "All news", xmlURL: "https://feeds.example.org/feeds/all.xml",
                    htmlURL: "https://feeds.example.org/"),
        FeedOutline(title: "观察者网 · 经济 <&>", xmlURL: "https://feeds.example.org/feeds/guancha-economy.xml",
                    htmlURL: "https://www.guancha.cn/economy?a=1&b=2"),
        FeedOutline(title: "Example \"quotes\"", xmlURL: "https://feeds.example.org/feeds/example.xml"),
    ]

    static let sourceTitles = ["example": "Example & Sons", "guancha-economy": "观察者网"]

    static let sitemapURLs = [
        SitemapURL(loc: "https://example.com/news?id=1&lang=en", lastmod: Date(timeIntervalSince1970: 1_735_189_740)),
        SitemapURL(loc: "https://www.guancha.cn/economy/中文 路径.shtml", lastmod: Date(timeIntervalSince1970: 1_735_169_415)),
        SitemapURL(loc: "https://example.com/3", lastmod: nil),
        SitemapURL(loc: "ftp://example.com/not-listed"),
        SitemapURL(loc: "https://example.com/4", lastmod: Date(timeIntervalSince1970: 1_730_548_800)),
        SitemapURL(loc: "https://example.com/5", lastmod: Date(timeIntervalSince1970: 1_727_740_800)),
    ]
}
