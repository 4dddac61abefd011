import Foundation
import NewswireModel
@testable import NewswireParse
import Testing

@Suite struct RSSParsingTests {
    let feed: ParsedFeed

    init() throws {
        feed = try FixtureLoader.parse("rss2-news.xml", documentURL: "https://news.example.com/feed.xml")
    }

    @Test func channelFields() {
        #expect(feed.format == .rss)
        #expect(feed.title == "Example News \u{2013} World")
        #expect(feed.link == "https://news.example.com/")
        #expect(feed.language == "en-us")
        #expect(feed.ttl == 1800)
        #expect(feed.authors == [Person(name: "News Desk", email: "desk@example.com")])
        #expect(feed.items.count == 3)
        #expect(feed.warnings.isEmpty)
    }

    @Test func itemWithCDATAContentAndEnclosure() throws {
        let item = try #require(feed.items.first)
        #expect(item.title == .text("Markets rally as <rates> fall"))
        #expect(item.link == "https://news.example.com/2024/12/26/markets.html?utm_source=rss")
        #expect(item.guid == "news-12345")
        #expect(item.guidIsPermaLink == false)
        #expect(item.summary == .html("<p>Stocks <b>rose</b> on Thursday.</p>"))
        #expect(item.content == .html("<p>Stocks rose sharply on Thursday &amp; Friday.</p><img src=\"/img/chart.png\">"))
        #expect(item.published == FixtureLoader.utc("2024-12-26T05:09:00Z"))
        #expect(item.authors == [Person(name: "Jane Doe", email: "jane@example.com")])
        #expect(item.categories == ["Markets", "Economy"])
        #expect(item.enclosures == [Enclosure(url: "https://cdn.example.com/audio/markets.mp3", type: "audio/mpeg",
                                              length: 1_234_567)])
        #expect(item.baseURL == "https://news.example.com/feed.xml")
    }

    @Test func escapedHTMLIsUnescapedExactlyOnce() throws {
        let item = feed.items[1]
        #expect(item.title == .text("Fish &amp; Chips"))
        #expect(item.summary == .html("<p>Hello &amp; goodbye</p>"))
    }

    @Test func origLinkWinsAndDublinCoreFieldsAreRead() {
        let item = feed.items[1]
        #expect(item.link == "https://news.example.com/original/fish.html")
        #expect(item.guid == "https://news.example.com/2024/12/25/fish.html")
        #expect(item.guidIsPermaLink == nil)
        #expect(item.published == FixtureLoader.utc("2024-12-25T08:00:00Z"))
        #expect(item.authors == [Person(name: "John Roe")])
    }

    @Test func relativeLinksUndeclaredEntitiesAndMediaGroups() {
        let item = feed.items[2]
        #expect(item.title == .text("Relative link\u{00A0}story"))
        #expect(item.link == "https://news.example.com/2024/12/24/relative.html")
        #expect(item.guidIsPermaLink == true)
        #expect(item.published == FixtureLoader.utc("2024-12-24T09:30:00Z"))
        #expect(item.enclosures == [Enclosure(url: "https://cdn.example.com/video/relative.mp4", type: "video/mp4",
                                              length: 9876)])
    }

    @Test func guidBecomesTheLinkOnlyWhenItIsAPermalinkURL() throws {
        let feed = try FixtureLoader.parse(text: """
            <rss version="2.0"><channel><title>t</title>
            <item><guid>https://example.com/a</guid></item>
            <item><guid isPermaLink="false">https://example.com/b</guid></item>
            <item><guid>urn:uuid:1234</guid></item>
            <item><guid isPermaLink="true">http://example.com/d</guid></item>
            </channel></rss>
            """)
        #expect(feed.items.map(\.link) == ["https://example.com/a", nil, nil, "http://example.com/d"])
    }

    @Test func rss10RDFItemsAreRead() throws {
        let feed = try FixtureLoader.parse("rdf-rss10.xml", documentURL: "https://slashdot.example.org/rss")
        #expect(feed.format == .rdf)
        #expect(feed.title == "Slash Example")
        #expect(feed.language == "en-us")
        let item = try #require(feed.items.first)
        #expect(feed.items.count == 1)
        #expect(item.title == .text("RDF story"))
        #expect(item.guid == "https://slashdot.example.org/story/1")
        #expect(item.link == "https://slashdot.example.org/story/1")
        #expect(item.summary == .html("Story <b>text</b>"))
        #expect(item.authors == [Person(name: "msmash")])
        #expect(item.categories == ["tech"])
        #expect(item.published == FixtureLoader.utc("2024-12-26T13:09:00Z"))
    }

    @Test func rawXHTMLInsideADescriptionIsKeptAsMarkup() throws {
        let feed = try FixtureLoader.parse(text: """
            <rss version="2.0"><channel><item><title>t <b>bold</b></title>
            <description>Intro &lt;i&gt;x&lt;/i&gt; <p class="a">a &amp; b<br/></p></description></item></channel></rss>
            """)
        let item = try #require(feed.items.first)
        #expect(item.title == .text("t bold"))
        #expect(item.summary == .html("Intro <i>x</i> <p class=\"a\">a &amp; b<br/></p>"))
    }

    @Test func podcastAuthorsAtomUpdatedAndUnreadableDates() throws {
        let feed = try FixtureLoader.parse(text: """
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
                 xmlns:atom="http://www.w3.org/2005/Atom"><channel><itunes:author>Pod Team</itunes:author>
            <item><title>Episode</title><itunes:author>Host Name</itunes:author>
            <pubDate>sometime last week</pubDate><atom:updated>2024-12-26T05:09:00Z</atom:updated></item>
            </channel></rss>
            """)
        #expect(feed.authors == [Person(name: "Pod Team")])
        let item = try #require(feed.items.first)
        #expect(item.authors == [Person(name: "Host Name")])
        #expect(item.published == nil)
        #expect(item.updated == FixtureLoader.utc("2024-12-26T05:09:00Z"))
        #expect(feed.warnings == ["unreadable date: sometime last week"])
    }

    @Test func rss091WithExternalDoctypeLoadsNothingAndStillReads() throws {
        let feed = try FixtureLoader.parse(text: """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
              "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Caf&eacute; News</title><language>fr</language>
            <item><title>L&rsquo;&eacute;t&eacute;</title><link>http://example.fr/ete</link></item></channel></rss>
            """)
        #expect(feed.title == "Café News")
        #expect(feed.items.first?.title == .text("L\u{2019}été"))
        #expect(feed.items.first?.link == "http://example.fr/ete")
    }

    @Test func declaredTypesTheFeedParserDoesNotRead() throws {
        let document = Data("<rss><channel/></rss>".utf8)
        // The document decides its format, whatever the configured type says.
        let feed = try FeedParser.parse(document, context: ParseContext(documentURL: "", declaredType: .jsonfeed))
        #expect(feed.format == .rss)
        #expect(throws: ParseError.self) {
            try FeedParser.parse(document, context: ParseContext(documentURL: "", declaredType: .html))
        }
    }

    @Test func rssWithADefaultNamespaceIsStillRead() throws {
        let feed = try FixtureLoader.parse(text: """
            <rss version="2.0" xmlns="http://backend.userland.com/rss2" xmlns:x="urn:x"><channel><title>Userland</title>
            <item><title>One</title><x:title>not this</x:title><link>http://example.com/1</link></item></channel></rss>
            """)
        #expect(feed.title == "Userland")
        #expect(feed.items.first?.title == .text("One"))
        #expect(feed.items.first?.link == "http://example.com/1")
    }
}
