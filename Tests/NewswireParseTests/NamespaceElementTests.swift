import Foundation
import Testing
import NewswireModel
@testable import NewswireParse

/// Module elements: syndication, Media RSS, iTunes, Dublin Core rights, Atom `source` and Atom 0.3 modes.
@Suite struct NamespaceElementTests {
    @Test(arguments: [("hourly", "2", 1_800.0), ("daily", "", 86_400.0), ("weekly", "7", 86_400.0),
                      ("fortnightly", "1", nil as Double?)])
    func syndicationModuleGivesTheTTL(period: String, frequency: String, ttl: Double?) throws {
        let feed = try FixtureLoader.parse(text: """
            <rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>t</title>
            <sy:updatePeriod> \(period) </sy:updatePeriod><sy:updateFrequency>\(frequency)</sy:updateFrequency>
            </channel></rss>
            """)
        #expect(feed.ttl == ttl)
    }

    @Test func mediaAndITunesElements() throws {
        let feed = try FixtureLoader.parse(text: """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
              xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><dc:rights>Feed rights</dc:rights>
            <item><title>x</title><enclosure url="https://c.example/a.mp3" type="audio/mpeg" length="9"/>
              <itunes:duration>1:02:03</itunes:duration><itunes:summary>Pod summary</itunes:summary>
              <itunes:image href="https://c.example/a.jpg"/>
              <media:group><media:content url="https://c.example/v.mp4" type="video/mp4" fileSize="5"/>
                <media:thumbnail url="/t.jpg"/><media:description>Media text</media:description></media:group></item>
            <item><title>y</title><description>Own</description><media:description>Ignored</media:description></item>
            </channel></rss>
            """)
        #expect(feed.rights == "Feed rights")
        let first = feed.items[0]
        #expect(first.enclosures == [
            Enclosure(url: "https://c.example/a.mp3", type: "audio/mpeg", length: 9, duration: 3_723),
            Enclosure(url: "https://c.example/a.jpg"),
            Enclosure(url: "https://c.example/v.mp4", type: "video/mp4", length: 5),
            Enclosure(url: "https://example.com/t.jpg"),
        ])
        // The first fallback summary wins; an item's own summary beats every fallback.
        #expect(first.summary == .text("Pod summary"))
        #expect(feed.items[1].summary == .html("Own"))
    }

    @Test func atomSourceAuthorIsTheFallbackOnly() throws {
        let feed = try FixtureLoader.parse(text: """
            <feed xmlns="http://www.w3.org/2005/Atom"><rights>Feed rights</rights>
            <entry><id>1</id><source><author><name>Source</name></author><title>Other feed</title></source></entry>
            <entry><id>2</id><author><name>Own</name></author><source><author><name>Source</name></author></source></entry>
            </feed>
            """)
        #expect(feed.rights == "Feed rights")
        #expect(feed.items.map(\.authors) == [[Person(name: "Source")], [Person(name: "Own")]])
        #expect(feed.items[0].title == nil)
    }

    @Test func atom03ContentModesAndDates() throws {
        let html = Data("<p>B&amp;W</p>".utf8).base64EncodedString()
        let feed = try FixtureLoader.parse(text: """
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
            <entry><id>1</id><created>2024-12-24T00:00:00Z</created><modified>2024-12-26T00:00:00Z</modified>
              <content type="text/html" mode="base64">\(html)</content><summary mode="escaped">&lt;i&gt;s&lt;/i&gt;</summary></entry>
            <entry><id>2</id><issued>2024-12-25T00:00:00Z</issued><created>2024-12-24T00:00:00Z</created>
              <content type="image/png" mode="base64">iVBORw0KGgo=</content></entry>
            </feed>
            """)
        #expect(feed.items[0].content == .html("<p>B&amp;W</p>"))
        #expect(feed.items[0].summary == .html("<i>s</i>"))
        #expect(feed.items[0].published == FixtureLoader.utc("2024-12-24T00:00:00Z"))
        #expect(feed.items[0].updated == FixtureLoader.utc("2024-12-26T00:00:00Z"))
        #expect(feed.items[1].published == FixtureLoader.utc("2024-12-25T00:00:00Z"))
        #expect(feed.items[1].content == nil)
    }

    @Test func atomWithoutNamespaceAndItemsSwallowedByAnUnclosedElement() throws {
        let atom = try FixtureLoader.parse(text: "<feed><entry><id>1</id><title>T</title></entry></feed>")
        #expect(atom.items.first?.title == .text("T"))
        let rss = try FixtureLoader.parse(text: """
            <rss version="2.0"><channel><description>open<item><title>A</title></item><item><title>B</title></item></channel></rss>
            """)
        #expect(rss.items.map(\.title) == [.text("A"), .text("B")])
    }
}

/// A feed title is a string: markup titles keep their text only.
@Suite struct AtomFeedTitleTests {
    @Test(arguments: [
        ("<title type=\"html\">Kees&#x27; &lt;em&gt;blog&lt;/em&gt; &amp;amp; more</title>", "Kees' blog & more"),
        ("<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">A <b>bold</b> one</div></title>", "A bold one"),
        ("<title>Plain &lt;b&gt;</title>", "Plain <b>"),
    ])
    func feedTitleIsPlainText(element: String, expected: String) throws {
        let feed = try FixtureLoader.parse(text: "<feed xmlns=\"http://www.w3.org/2005/Atom\">\(element)</feed>")
        #expect(feed.title == expected)
    }
}
