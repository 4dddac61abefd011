import Foundation

/// The wire shape of a JSON Feed 1.0 / 1.1 document. Every field is optional and read leniently:
/// a field of the wrong type is treated as absent instead of failing the whole feed.
struct JSONFeedDocument: Decodable {
    var version: String?
    var title: String?
    var homePageURL: String?
    var feedURL: String?
    var language: String?
    var author: JSONFeedAuthor?
    var authors: [JSONFeedAuthor]?
    var items: [JSONFeedItem]

    private enum CodingKeys: String, CodingKey {
        case version, title, language, author, authors, items
        case homePageURL = "home_page_url", feedURL = "feed_url"
    }

    init(from decoder: any Decoder) throws {
        let keys = try decoder.container(keyedBy: CodingKeys.self)
        version = keys.lenient(String.self, .version)
        title = keys.lenient(String.self, .title)
        homePageURL = keys.lenient(String.self, .homePageURL)
        feedURL = keys.lenient(String.self, .feedURL)
        language = keys.lenient(String.self, .language)
        author = keys.lenient(JSONFeedAuthor.self, .author)
        authors = keys.lenient([JSONFeedAuthor].self, .authors)
        items = keys.lenient([Lenient<JSONFeedItem>].self, .items)?.compactMap(\.value) ?? []
    }
}

/// One JSON Feed item as it is on the wire.
struct JSONFeedItem: Decodable {
    var id: String?
    var url: String?
    var externalURL: String?
    var title: String?
    var contentHTML: String?
    var contentText: String?
    var summary: String?
    var image: String?
    var datePublished: String?
    var dateModified: String?
    var author: JSONFeedAuthor?
    var authors: [JSONFeedAuthor]?
    var tags: [String]?
    var language: String?
    var attachments: [JSONFeedAttachment]?

    private enum CodingKeys: String, CodingKey {
        case id, url, title, summary, image, author, authors, tags, language, attachments
        case externalURL = "external_url", contentHTML = "content_html", contentText = "content_text"
        case datePublished = "date_published", dateModified = "date_modified"
    }

    init(from decoder: any Decoder) throws {
        let keys = try decoder.container(keyedBy: CodingKeys.self)
        // Real feeds give numeric ids although the spec says string.
        id = keys.lenient(String.self, .id) ?? keys.lenient(Int64.self, .id).map(String.init)
        url = keys.lenient(String.self, .url)
        externalURL = keys.lenient(String.self, .externalURL)
        title = keys.lenient(String.self, .title)
        contentHTML = keys.lenient(String.self, .contentHTML)
        contentText = keys.lenient(String.self, .contentText)
        summary = keys.lenient(String.self, .summary)
        image = keys.lenient(String.self, .image)
        datePublished = keys.lenient(String.self, .datePublished)
        dateModified = keys.lenient(String.self, .dateModified)
        author = keys.lenient(JSONFeedAuthor.self, .author)
        authors = keys.lenient([JSONFeedAuthor].self, .authors)
        tags = keys.lenient([Lenient<String>].self, .tags)?.compactMap(\.value)
        language = keys.lenient(String.self, .language)
        attachments = keys.lenient([Lenient<JSONFeedAttachment>].self, .attachments)?.compactMap(\.value)
    }
}

/// A JSON Feed author (1.0 `author`, 1.1 `authors`).
struct JSONFeedAuthor: Decodable {
    var name: String?
    var url: String?

    private enum CodingKeys: String, CodingKey { case name, url }

    init(from decoder: any Decoder) throws {
        let keys = try decoder.container(keyedBy: CodingKeys.self)
        name = keys.lenient(String.self, .name)
        url = keys.lenient(String.self, .url)
    }
}

/// A JSON Feed attachment: a media file.
struct JSONFeedAttachment: Decodable {
    var url: String?
    var mimeType: String?
    var sizeInBytes: Int64?
    var durationInSeconds: Double?

    private enum CodingKeys: String, CodingKey {
        case url, mimeType = "mime_type", sizeInBytes = "size_in_bytes", durationInSeconds = "duration_in_seconds"
    }

    init(from decoder: any Decoder) throws {
        let keys = try decoder.container(keyedBy: CodingKeys.self)
        url = keys.lenient(String.self, .url)
        mimeType = keys.lenient(String.self, .mimeType)
        sizeInBytes = keys.lenient(Int64.self, .sizeInBytes)
            ?? keys.lenient(Double.self, .sizeInBytes).flatMap { Int64(exactly: $0.rounded()) }
        durationInSeconds = keys.lenient(Double.self, .durationInSeconds)
    }
}

/// An element of a list that is skipped, not fatal, when it has the wrong shape.
struct Lenient<Value: Decodable>: Decodable {
    var value: Value?

    init(from decoder: any Decoder) throws {
        value = try? decoder.singleValueContainer().decode(Value.self)
    }
}

extension KeyedDecodingContainer {
    /// The value at `key`, or nil when it is absent, null or of another type.
    func lenient<T: Decodable>(_ type: T.Type, _ key: Key) -> T? {
        (try? decodeIfPresent(type, forKey: key)) ?? nil
    }
}

extension JSONFeedDocument {
    /// A document with the given items and no other field (filled in by `JSONFeedFastReader`).
    init(items: [JSONFeedItem]) {
        self.items = items
    }
}

extension JSONFeedItem {
    /// An item without any field.
    init() {}
}

extension JSONFeedAuthor {
    /// An author without any field.
    init() {}
}

extension JSONFeedAttachment {
    /// An attachment without any field.
    init() {}
}
