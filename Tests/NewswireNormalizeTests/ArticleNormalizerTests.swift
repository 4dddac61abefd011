import Foundation
import NewswireModel
import Testing
@testable import NewswireNormalize

struct ArticleNormalizerTests {
    let normalizer = ArticleNormalizer()
    let source = SourceSpec(id: "news", url: "https://example.com/feed.xml", categories: ["World", " economy "])
    let documentURL = "https://example.com/feed.xml"

    func normalize(_ items: [Item], feedAuthors: [Person] = [], language: String? = nil) -> [Article] {
        let feed = ParsedFeed(format: .rss, language: language, authors: feedAuthors, items: items)
        return normalizer.normalize(feed, source: source, documentURL: documentURL)
    }

    @Test func guidIsTheIdentityAndLinkIsCanonical() throws {
        let articles = normalize([Item(guid: "  urn:story:1 ", link: "/a?utm_source=rss#x", title: .text("A"))])
        let article = try #require(articles.first)
        #expect(article.identity == "urn:story:1")
        #expect(article.canonicalLink == "https://example.com/a")
    }

    @Test func guidRepeatedWithDifferentLinksIsDisambiguatedByLink() {
        let articles = normalize([
            Item(guid: "42", link: "https://example.com/economy/1", title: .text("One")),
            Item(guid: "42", link: "https://example.com/economy/2", title: .text("Two")),
            Item(guid: "7", link: "https://example.com/x", title: .text("Seven")),
        ])
        #expect(articles.map(\.identity) == [
            "42|https://example.com/economy/1", "42|https://example.com/economy/2", "7",
        ])
    }

    @Test func guidRepeatedWithTheSameLinkIsOneArticle() {
        let articles = normalize([
            Item(guid: "42", link: "https://example.com/1?utm_medium=a", title: .text("One")),
            Item(guid: "42", link: "https://example.com/1", title: .text("One again")),
        ])
        #expect(articles.map(\.identity) == ["42"])
        #expect(articles.first?.title == .text("One"))
    }

    @Test func linkIsTheIdentityWithoutGUID() {
        let articles = normalize([Item(guid: "  ", link: "HTTPS://Example.com:443/story", title: .text("T"))])
        #expect(articles.map(\.identity) == ["https://example.com/story"])
    }

    @Test func permalinkGUIDServesAsLink() {
        let articles = normalize([
            Item(guid: "https://example.com/p/1?fbclid=z", title: .text("Permalink")),
            Item(guid: "https://example.com/p/2", guidIsPermaLink: false, title: .text("Not a permalink")),
        ])
        #expect(articles.map(\.canonicalLink) == ["https://example.com/p/1", nil])
        #expect(articles.map(\.identity) == ["https://example.com/p/1?fbclid=z", "https://example.com/p/2"])
    }

    @Test func contentHashIsTheIdentityWithoutGUIDOrLink() throws {
        let article = try #require(normalize([Item(title: .text("Only a title"), summary: .text("Body"))]).first)
        #expect(article.identity == "hash:" + article.contentHash)
        #expect(article.contentHash == ContentHasher.contentHash(title: "Only a title", text: "Body"))
        #expect(article.contentHash.count == 64)
    }

    @Test func emptyItemsAreDropped() {
        let articles = normalize([Item(guid: "g", title: .text("  "), summary: .html("<p> </p>")), Item()])
        #expect(articles.isEmpty)
    }

    @Test func emptyTitleFallsBackToTheStartOfTheText() throws {
        let body = "<p>" + Array(repeating: "Breaking", count: 30).joined(separator: " ") + "</p>"
        let article = try #require(normalize([Item(link: "https://example.com/b", content: .html(body))]).first)
        #expect(article.title.kind == .text)
        #expect(article.title.value.hasPrefix("Breaking Breaking"))
        #expect(article.title.value.hasSuffix("…"))
        #expect(article.title.value.count <= 101)
    }

    @Test func titlesAreCollapsedAndMarkupTitlesBecomeTextWhenNoMarkupSurvives() {
        let articles = normalize([
            Item(guid: "1", title: .text("  Two \n  lines ")),
            Item(guid: "2", title: .html("AT&amp;T &lt;3 <script>x</script>")),
            Item(guid: "3", title: .html("Rates <em>rise</em> <span onclick=x>again</span>")),
        ])
        #expect(articles.map(\.title) == [
            .text("Two lines"), .text("AT&T <3"), .html("Rates <em>rise</em> <span>again</span>"),
        ])
    }

    @Test func bodiesAreSanitizedAgainstTheItemBase() throws {
        let item = Item(guid: "g", title: .text("T"),
                        summary: .text("Plain <summary>"),
                        content: TextConstruct(.xhtml, "<p onclick=\"x()\">See <a href=\"../b\">b</a><script>x()</script></p>"),
                        baseURL: "https://example.com/a/c/")
        let article = try #require(normalize([item]).first)
        #expect(article.summary == .text("Plain <summary>"))
        #expect(article.content == .html("<p>See <a href=\"https://example.com/a/b\">b</a></p>"))
    }

    @Test func summaryEqualToContentIsNotKeptTwice() throws {
        let article = try #require(normalize([
            Item(guid: "g", title: .text("T"), summary: .html("<p>Same</p>"), content: .html("<p>Same</p>")),
        ]).first)
        #expect(article.summary == nil)
        #expect(article.content == .html("<p>Same</p>"))
    }

    @Test func categoriesMergeWithTheSourceAndDedupeCaseInsensitively() throws {
        let article = try #require(normalize([
            Item(guid: "g", title: .text("T"), categories: [" Economy", "", "Markets", "world", "markets "]),
        ]).first)
        #expect(article.categories == ["Economy", "Markets", "world"])
    }

    @Test func authorsFallBackToTheFeed() {
        let feedAuthor = Person(name: "Newsroom")
        let articles = normalize([
            Item(guid: "1", title: .text("Own"), authors: [Person(name: " Jane  Doe ")]),
            Item(guid: "2", title: .text("Inherited")),
            Item(guid: "3", title: .text("Blank"), authors: [Person(name: "  ")]),
        ], feedAuthors: [feedAuthor])
        #expect(articles.map(\.authors) == [[Person(name: "Jane Doe")], [feedAuthor], [feedAuthor]])
    }

    @Test func languageDatesAndEnclosuresCarryOver() throws {
        let published = Date(timeIntervalSince1970: 1_735_000_000)
        let item = Item(guid: "g", title: .text("T"), published: published, enclosures: [
            Enclosure(url: "/audio.mp3?utm_source=x", type: "audio/mpeg", length: 10),
            Enclosure(url: "https://example.com/audio.mp3?utm_source=x"),
            Enclosure(url: "javascript:alert(1)"),
        ])
        let article = try #require(normalize([item], language: "zh-CN").first)
        #expect(article.language == "zh-CN")
        #expect(article.published == published)
        #expect(article.updated == nil)
        #expect(article.enclosures == [
            Enclosure(url: "https://example.com/audio.mp3?utm_source=x", type: "audio/mpeg", length: 10),
        ])
    }

    @Test func sameStoryFromTwoFormatsHashesTheSame() throws {
        let fromRSS = try #require(normalize([
            Item(guid: "a", title: .html("Rates &amp; Bonds"), summary: .html("<p>Up  <b>again</b></p>")),
        ]).first)
        let fromJSON = try #require(normalize([
            Item(guid: "b", title: .text("RATES & BONDS"), content: .text("Up again")),
        ]).first)
        #expect(fromRSS.contentHash == fromJSON.contentHash)
    }
}

struct ArticleNormalizerBaseTests {
    @Test func relativeItemBaseIsResolvedAgainstTheDocument() throws {
        let feed = ParsedFeed(format: .atom, items: [
            Item(guid: "g", link: "post.html", title: .text("T"), content: .html("<img src=\"i.png\">"),
                 baseURL: "/blog/"),
        ])
        let article = try #require(ArticleNormalizer().normalize(
            feed, source: SourceSpec(id: "s", url: "https://example.com/feed"), documentURL: "https://example.com/feed").first)
        #expect(article.canonicalLink == "https://example.com/blog/post.html")
        #expect(article.content == .html("<img src=\"https://example.com/blog/i.png\">"))
    }

    @Test func charactersIllegalInXMLLeavePlainText() throws {
        let feed = ParsedFeed(format: .jsonfeed, items: [
            Item(guid: "g", title: .text("Bell\u{07} title"), content: .text("Body\u{0B} text\u{0}")),
        ])
        let article = try #require(ArticleNormalizer().normalize(
            feed, source: SourceSpec(id: "s", url: "https://example.com/f"), documentURL: "https://example.com/f").first)
        #expect(article.title == .text("Bell title"))
        #expect(article.content == .text("Body text"))
    }
}
