import Foundation
import Testing
import NewswireModel
@testable import NewswireParse

/// The fast JSON Feed reader must read exactly what JSONDecoder reads, or leave the document to it.
@Suite struct JSONFeedFastReaderTests {
    private static let context = ParseContext(documentURL: "https://site.example/feed.json",
                                              now: Date(timeIntervalSince1970: 1_800_000_000))

    private static let sample = #"""
        {"version": "https://jsonfeed.org/version/1.1", "title": "Site \u00e9\ud83d\ude00",
         "home_page_url": "https://site.example/",
         "language": "en", "authors": [{"name": "Feed Author", "url": "/me"}], "author": {"name": "Old"},
         "extra": {"nested": [1, -2.5e3, true, false, null, "x\"y", {"a": []}]},
         "items": [{"id": "1", "url": "posts/1", "title": "One\ttab\\", "content_html": "<p>Hi</p>",
                    "image": "img/1.png",
                    "content_text": "Hi", "summary": "Short", "date_published": "2024-12-26T13:09:00+08:00",
                    "date_modified": "2024-12-27T00:00:00Z", "tags": ["a", " a ", "b", 3, null], "language": "de",
                    "authors": [{"name": "Ann", "url": "https://ann.example/"}],
                    "attachments": [{"url": "https://cdn.example/1.mp3", "mime_type": "audio/mpeg",
                                     "size_in_bytes": 42, "duration_in_seconds": 61.5}, "junk"]},
                   {"id": 7, "external_url": "https://elsewhere.example/x", "content_text": "plain <b>",
                    "authors": [null]},
                   "junk", {"id": -0, "title": 5, "author": {"url": "https://u.example/"}}]}
        """#

    /// The feed JSONDecoder's wire structs give, or nil when JSONDecoder rejects the document.
    private static func decoderFeed(_ data: Data) -> ParsedFeed? {
        guard let document = try? JSONDecoder().decode(JSONFeedDocument.self, from: data) else { return nil }
        var adapter = JSONFeedAdapter(context: context)
        return adapter.feed(from: document)
    }

    private static func fastFeed(_ data: Data) -> ParsedFeed? {
        guard let document = JSONFeedFastReader.read(data) else { return nil }
        var adapter = JSONFeedAdapter(context: context)
        return adapter.feed(from: document)
    }

    @Test func readsTheSampleAsJSONDecoderDoes() throws {
        let data = Data(Self.sample.utf8)
        let fast = try #require(Self.fastFeed(data))
        #expect(fast == Self.decoderFeed(data))
        #expect(fast.items.count == 3)
        #expect(fast.title == "Site é😀")
    }

    // Each needs JSONDecoder: a repeated key (the first wins), numbers that are not plain
    // integers, an invalid escape (the field is absent), a trailing comma, an escaped key, trailing text.
    @Test(arguments: [
        #"{"version": "https://jsonfeed.org/version/1", "title": "x", "title": "y"}"#,
        #"{"version": "https://jsonfeed.org/version/1", "items": [{"id": 1.0}]}"#,
        #"{"version": "https://jsonfeed.org/version/1", "items": [{"id": 1e2}]}"#,
        #"{"version": "https://jsonfeed.org/version/1", "items": [{"attachments": [{"size_in_bytes": 4.6}]}]}"#,
        #"{"version": "https://jsonfeed.org/version/1", "items": [{"attachments": [{"duration_in_seconds": 1e400}]}]}"#,
        #"{"version": "https://jsonfeed.org/version/1", "items": [{"id": 9223372036854775808}]}"#,
        #"{"version": "https://jsonfeed.org/version/1", "items": [{"title": "a\x"}]}"#,
        #"{"version": "https://jsonfeed.org/version/1", "items": [1,]}"#,
        #"{"version": "https://jsonfeed.org/version/1", "\u0074itle": "escaped key"}"#,
        #"{"version": "https://jsonfeed.org/version/1", "items": [{"id": 01}]}"#,
        #"{"version": "https://jsonfeed.org/version/1"} x"#,
    ])
    func unusualDocumentsGoToJSONDecoder(json: String) {
        let data = Data(json.utf8)
        if let fast = Self.fastFeed(data) { #expect(fast == Self.decoderFeed(data)) }
        let viaParser = try? FeedParser.parse(data, context: Self.context)
        if let viaParser, let decoded = Self.decoderFeed(data) {
            #expect(viaParser.items == decoded.items)
            #expect(viaParser.title == decoded.title)
        } else {
            #expect(viaParser == nil && Self.decoderFeed(data) == nil)
        }
    }

    /// Random edits of the sample: whenever the fast reader accepts one, JSONDecoder must accept
    /// it too and read the same feed.
    @Test func mutationsNeverDisagree() {
        var generator = SplitMix64(seed: 7)
        let base = Array(Self.sample.utf8)
        let alphabet = Array(#"{}[]",:\"0123456789-+.eEtrufalsn u"#.utf8) + [0x09, 0x0A, 0x01, 0xC3, 0xA9]
        var accepted = 0
        for _ in 0..<3_000 {
            var bytes = base
            for _ in 0..<Int(generator.next() % 3 + 1) {
                let position = Int(generator.next() % UInt64(bytes.count))
                let byte = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                switch generator.next() % 3 {
                case 0: bytes[position] = byte
                case 1: bytes.insert(byte, at: position)
                default: bytes.remove(at: position)
                }
            }
            let data = Data(bytes)
            guard let fast = Self.fastFeed(data) else { continue }
            accepted += 1
            #expect(fast == Self.decoderFeed(data), "\(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(accepted > 100)
    }
}
