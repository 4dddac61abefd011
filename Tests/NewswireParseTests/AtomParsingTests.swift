import Foundation
import NewswireModel
@testable import NewswireParse
import Testing

@Suite struct AtomParsingTests {
    let feed: ParsedFeed

    init() throws {
        feed = try FixtureLoader.parse("atom-blog.xml", documentURL: "https://example.org/feed")
    }

    @Test func feedFields() {
        #expect(feed.format == .atom)
        #expect(feed.title == "Example Blog")
        #expect(feed.link == "https://example.org/blog/")
        #expect(feed.language == "en")
        #expect(feed.authors == [Person(name: "Ada Writer", email: "ada@example.org")])
        #expect(feed.items.count == 3)
        #expect(feed.warnings.isEmpty)
    }

    @Test func entryFields() throws {
        let entry = feed.items[0]
        #expect(entry.guid == "tag:example.org,2024:first")
        #expect(entry.guidIsPermaLink == nil)
        #expect(entry.title == .html("Fish &amp; Chips <em>daily</em>"))
        #expect(entry.link == "https://example.org/blog/2024/12/first.html")
        #expect(entry.enclosures == [Enclosure(url: "https://example.org/blog/audio/ep1.mp3", type: "audio/mpeg",
                                               length: 4242)])
        #expect(entry.published == FixtureLoader.utc("2024-12-26T01:00:00Z"))
        #expect(entry.updated == FixtureLoader.utc("2024-12-26T10:30:00Z"))
        #expect(entry.authors == [Person(name: "Bob Author", email: "bob@example.org",
                                         uri: "https://example.org/people/bob")])
        #expect(entry.summary == .text("A short summary & more"))
        #expect(entry.categories == ["Food & Drink", "travel"])
        #expect(entry.rights == "© 2024 Example")
        #expect(entry.language == "en")
    }

    @Test func xhtmlContentKeepsTheMarkupInsideTheDiv() {
        let entry = feed.items[0]
        #expect(entry.content == TextConstruct(.xhtml,
            "<p>Hello <b>world</b> &amp; <a href=\"x.html\" title=\"a &quot;quote&quot;\">link</a><br/></p>"))
        #expect(entry.baseURL == "https://static.example.org/")
    }

    @Test func htmlContentIsUnescapedOnce() {
        let entry = feed.items[1]
        #expect(entry.content == .html("<p>Bonjour &amp; au revoir</p>"))
        #expect(entry.title == .text("Deuxième   article"))
    }

    @Test func entryWithoutAuthorLeavesAuthorsEmptyAndKeepsItsOwnBaseAndLanguage() {
        let entry = feed.items[1]
        #expect(entry.authors.isEmpty)
        #expect(entry.link == "https://cdn.example.net/posts/second")
        #expect(entry.baseURL == "https://cdn.example.net/posts/")
        #expect(entry.language == "fr")
        #expect(entry.published == nil)
        #expect(entry.updated == FixtureLoader.utc("2024-12-25T10:30:00Z"))
    }

    @Test func xhtmlTitleAndSourceAuthorAsFallback() {
        let entry = feed.items[2]
        #expect(entry.title == TextConstruct(.xhtml, "Third <i>entry</i>"))
        #expect(entry.link == "https://example.org/third")
        // RFC 4287 §4.2.1: an entry without an author takes its source's.
        #expect(entry.authors == [Person(name: "Source Author")])
    }

    @Test func nestedRelativeXMLBase() throws {
        let feed = try FixtureLoader.parse("xmlbase-nested.xml", documentURL: "https://ignored.example/feed")
        #expect(feed.link == "http://example.org/a/home/")
        let first = feed.items[0]
        #expect(first.link == "http://example.org/a/c/d.html")
        #expect(first.enclosures.map(\.url) == ["http://cdn.example.com/x.mp3", "http://example.org/a/media/y.mp3"])
        #expect(first.baseURL == "http://example.org/a/b/")
        let second = feed.items[1]
        #expect(second.link == "http://example.org/root/?page=2")
        #expect(second.baseURL == "http://example.org/root/")
        #expect(second.summary == .text("no content here"))
    }

    @Test func linksResolveAgainstTheDocumentURLWithoutXMLBase() throws {
        let feed = try FixtureLoader.parse(text: """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>
            <link href="a/b.html"/><link rel="enclosure" href="//media.example.cn/v.mp4"/></entry></feed>
            """, documentURL: "https://news.example.cn/list/index.html")
        let entry = try #require(feed.items.first)
        #expect(entry.link == "https://news.example.cn/list/a/b.html")
        #expect(entry.enclosures.map(\.url) == ["https://media.example.cn/v.mp4"])
        #expect(entry.baseURL == "https://news.example.cn/list/index.html")
    }

    @Test func atom03DatesAndEscapedContent() throws {
        let feed = try FixtureLoader.parse(text: """
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
            <link rel="alternate" type="text/html" href="https://old.example.com/"/>
            <entry><id>tag:old,1</id><title>Old entry</title>
            <link rel="alternate" type="text/html" href="https://old.example.com/1"/>
            <issued>2004-05-01T12:00:00Z</issued><modified>2004-05-02T12:00:00Z</modified>
            <content type="text/html" mode="escaped">&lt;p&gt;old&lt;/p&gt;</content></entry></feed>
            """)
        #expect(feed.format == .atom)
        #expect(feed.link == "https://old.example.com/")
        let entry = try #require(feed.items.first)
        #expect(entry.link == "https://old.example.com/1")
        #expect(entry.published == FixtureLoader.utc("2004-05-01T12:00:00Z"))
        #expect(entry.updated == FixtureLoader.utc("2004-05-02T12:00:00Z"))
        #expect(entry.content == .html("<p>old</p>"))
    }

    @Test func contentThatIsNotTextIsSkipped() throws {
        let feed = try FixtureLoader.parse(text: """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>
            <content type="image/png">iVBORw0KGgo=</content><summary type="html">&lt;b&gt;s&lt;/b&gt;</summary></entry>
            <entry><id>2</id><content src="https://example.com/full.html"/></entry></feed>
            """)
        #expect(feed.items.map(\.content) == [nil, nil])
        #expect(feed.items.first?.summary == .html("<b>s</b>"))
    }
}
