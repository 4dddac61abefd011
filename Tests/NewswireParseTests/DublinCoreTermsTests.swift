import Foundation
import Testing
import NewswireModel
@testable import NewswireParse

/// The DCMI terms (`http://purl.org/dc/terms/`) many CMS feeds and RSS 1.0 with modules carry
/// instead of `pubDate`: their dates are the item's, not the time it was fetched.
@Suite struct DublinCoreTermsTests {
    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func rss10ItemsTakeIssuedCreatedAndModified() throws {
        let feed = try FixtureLoader.parse(text: """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
              xmlns:dcterms="http://purl.org/dc/terms/">
            <channel rdf:about="https://cms.example/"><title>CMS</title><link>https://cms.example/</link></channel>
            <item rdf:about="https://cms.example/1"><title>Issued</title><link>https://cms.example/1</link>
              <dcterms:issued>2024-03-01T08:00:00Z</dcterms:issued>
              <dcterms:modified>2024-03-02T09:30:00Z</dcterms:modified></item>
            <item rdf:about="https://cms.example/2"><title>Created</title><link>https://cms.example/2</link>
              <dcterms:created>2024-02-28T12:00:00+01:00</dcterms:created></item>
            <item rdf:about="https://cms.example/3"><title>Date</title><link>https://cms.example/3</link>
              <dcterms:date>2024-02-27</dcterms:date><dcterms:creator>Ana</dcterms:creator>
              <dcterms:subject>Local</dcterms:subject></item>
            </rdf:RDF>
            """)
        #expect(feed.items.map(\.published) == [
            Self.date("2024-03-01T08:00:00Z"), Self.date("2024-02-28T11:00:00Z"), Self.date("2024-02-27T00:00:00Z"),
        ])
        #expect(feed.items[0].updated == Self.date("2024-03-02T09:30:00Z"))
        #expect(feed.items[1].updated == nil)
        #expect(feed.items[2].authors.map(\.name) == ["Ana"])
        #expect(feed.items[2].categories == ["Local"])
    }

    /// The format's own date wins over a DCMI one, whichever comes first.
    @Test func pubDateAndAtomPublishedWin() throws {
        let rss = try FixtureLoader.parse(text: """
            <rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/"><channel><title>t</title>
            <item><title>a</title><dcterms:issued>2020-01-01T00:00:00Z</dcterms:issued>
              <pubDate>Fri, 01 Mar 2024 08:00:00 GMT</pubDate></item>
            <item><title>b</title><pubDate>Fri, 01 Mar 2024 08:00:00 GMT</pubDate>
              <dcterms:created>2020-01-01T00:00:00Z</dcterms:created></item>
            </channel></rss>
            """)
        #expect(rss.items.map(\.published) == [Self.date("2024-03-01T08:00:00Z"), Self.date("2024-03-01T08:00:00Z")])

        let atom = try FixtureLoader.parse(text: """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:dcterms="http://purl.org/dc/terms/"
              xmlns:dc="http://purl.org/dc/elements/1.1/"><title>t</title>
            <entry><id>1</id><title>a</title><dcterms:issued>2020-01-01T00:00:00Z</dcterms:issued>
              <published>2024-03-01T08:00:00Z</published><updated>2024-03-02T08:00:00Z</updated></entry>
            <entry><id>2</id><title>b</title><dc:date>2024-03-03T08:00:00Z</dc:date>
              <dcterms:modified>2024-03-04T08:00:00Z</dcterms:modified></entry>
            </feed>
            """)
        #expect(atom.items.map(\.published) == [Self.date("2024-03-01T08:00:00Z"), Self.date("2024-03-03T08:00:00Z")])
        #expect(atom.items.map(\.updated) == [Self.date("2024-03-02T08:00:00Z"), Self.date("2024-03-04T08:00:00Z")])
    }
}
