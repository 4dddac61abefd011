import Foundation
import Testing
import NewswireModel
@testable import NewswireParse

/// JSON Feed 1.0 and 1.1: detection, every item field, lenient types, clear errors.
@Suite struct JSONFeedParsingTests {
    private func parse(_ json: String, declaredType: SourceType = .auto) throws -> ParsedFeed {
        try FeedParser.parse(Data(json.utf8), context: ParseContext(documentURL: "https://site.example/feed.json",
                                                                     declaredType: declaredType))
    }

    @Test func version11ItemFields() throws {
        let feed = try parse("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Site", "home_page_url": "https://site.example/",
             "language": "en", "authors": [{"name": "Feed Author"}],
             "items": [{"id": "1", "url": "posts/1", "title": "One", "content_html": "<p>Hi</p>", "image": "img/1.png",
                        "content_text": "Hi", "summary": "Short", "date_published": "2024-12-26T13:09:00+08:00",
                        "date_modified": "2024-12-27T00:00:00Z", "tags": ["a", " a ", "b"], "language": "de",
                        "authors": [{"name": "Ann", "url": "https://ann.example/"}],
                        "attachments": [{"url": "https://cdn.example/1.mp3", "mime_type": "audio/mpeg",
                                         "size_in_bytes": 42, "duration_in_seconds": 61.5}]}]}
            """)
        #expect(feed.format == .jsonfeed)
        #expect(feed.title == "Site")
        #expect(feed.link == "https://site.example/")
        #expect(feed.language == "en")
        #expect(feed.authors == [Person(name: "Feed Author")])
        let item = try #require(feed.items.first)
        #expect(item.guid == "1")
        #expect(item.link == "https://site.example/posts/1")
        #expect(item.title == .text("One"))
        #expect(item.content == .html("<p>Hi</p>"))
        #expect(item.summary == .text("Short"))
        #expect(item.published == FixtureLoader.utc("2024-12-26T05:09:00Z"))
        #expect(item.updated == FixtureLoader.utc("2024-12-27T00:00:00Z"))
        #expect(item.categories == ["a", "b"])
        #expect(item.language == "de")
        #expect(item.authors == [Person(name: "Ann", uri: "https://ann.example/")])
        #expect(item.enclosures == [Enclosure(url: "https://cdn.example/1.mp3", type: "audio/mpeg", length: 42,
                                              duration: 61.5),
                                    Enclosure(url: "https://site.example/img/1.png")])
    }

    @Test func version10AuthorTextContentAndExternalURL() throws {
        let feed = try parse("""
            {"version": "https://jsonfeed.org/version/1", "author": {"name": "Solo"},
             "items": [{"id": 7, "external_url": "https://elsewhere.example/x", "content_text": "plain <b>"}]}
            """)
        #expect(feed.authors == [Person(name: "Solo")])
        let item = try #require(feed.items.first)
        #expect(item.guid == "7")
        #expect(item.link == "https://elsewhere.example/x")
        #expect(item.content == .text("plain <b>"))
    }

    @Test func wrongTypesAreSkippedNotFatal() throws {
        let feed = try parse("""
            {"version": "https://jsonfeed.org/version/1.1", "title": 5,
             "items": [{"id": "1", "title": ["x"], "tags": ["ok", 3]}, "junk", {"id": "2"}]}
            """)
        #expect(feed.title == nil)
        #expect(feed.items.map(\.guid) == ["1", "2"])
        #expect(feed.items.first?.title == nil)
        #expect(feed.items.first?.categories == ["ok"])
    }

    @Test func detectedFromTheDocumentWhateverTheDeclaredType() throws {
        let feed = try parse("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}", declaredType: .rss)
        #expect(feed.format == .jsonfeed)
    }

    @Test(arguments: [
        ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [,]}", "invalid JSON Feed:"),
        ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"\\ud83d x\"}",
         "invalid JSON Feed: lone surrogate \\uD83D"),
        ("{\"version\": \"https://example.com/other\"}", "not a feed: JSON without a \"version\""),
    ])
    func badDocumentsGiveClearErrors(json: String, prefix: String) {
        let error = #expect(throws: ParseError.self) { try parse(json) }
        #expect(error?.message.hasPrefix(prefix) == true, "\(error?.message ?? "")")
    }

    @Test func surrogatePairsAndEscapedBackslashesAreFine() throws {
        let feed = try parse(#"{"version": "https://jsonfeed.org/version/1.1", "title": "\ud83d\ude00 \\ud800", "items": []}"#)
        #expect(feed.title == "😀 \\ud800")
    }
}
