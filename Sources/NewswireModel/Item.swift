import Foundation

/// A piece of human-readable text as RFC 4287 defines it: plain text, escaped HTML, or XHTML.
public struct TextConstruct: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, Sendable, Equatable, Hashable, Codable { case text, html, xhtml }
    public var kind: Kind
    /// For `.text` the plain text; for `.html` the markup itself (unescaped);
    /// for `.xhtml` the serialized children of the wrapping `div`.
    public var value: String

    public init(_ kind: Kind, _ value: String) {
        self.kind = kind
        self.value = value
    }

    public static func text(_ value: String) -> TextConstruct { TextConstruct(.text, value) }
    public static func html(_ value: String) -> TextConstruct { TextConstruct(.html, value) }
}

/// A person named by a feed: author or contributor.
public struct Person: Sendable, Equatable, Hashable, Codable {
    public var name: String
    public var email: String?
    public var uri: String?

    public init(name: String, email: String? = nil, uri: String? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }
}

/// A media file attached to an item.
public struct Enclosure: Sendable, Equatable, Hashable, Codable {
    /// Absolute URL.
    public var url: String
    public var type: String?
    public var length: Int64?
    /// Playing time in seconds (`itunes:duration`, JSON Feed `duration_in_seconds`).
    public var duration: Double?

    public init(url: String, type: String? = nil, length: Int64? = nil, duration: Double? = nil) {
        self.url = url
        self.type = type
        self.length = length
        self.duration = duration
    }
}

/// One entry as a parser read it, before normalization: parsers only translate.
public struct Item: Sendable, Equatable {
    /// RSS `guid`, Atom `id`, JSON Feed `id`.
    public var guid: String?
    /// RSS `guid isPermaLink` (nil when absent).
    public var guidIsPermaLink: Bool?
    /// The item's link, resolved to an absolute URL against `xml:base` and the document URL.
    public var link: String?
    public var title: TextConstruct?
    public var summary: TextConstruct?
    public var content: TextConstruct?
    public var published: Date?
    public var updated: Date?
    public var authors: [Person]
    public var categories: [String]
    public var enclosures: [Enclosure]
    public var language: String?
    public var rights: String?
    /// The base URL in effect for the item's content (`xml:base` or the document URL).
    public var baseURL: String?

    public init(guid: String? = nil, guidIsPermaLink: Bool? = nil, link: String? = nil,
                title: TextConstruct? = nil, summary: TextConstruct? = nil, content: TextConstruct? = nil,
                published: Date? = nil, updated: Date? = nil, authors: [Person] = [], categories: [String] = [],
                enclosures: [Enclosure] = [], language: String? = nil, rights: String? = nil,
                baseURL: String? = nil) {
        self.guid = guid
        self.guidIsPermaLink = guidIsPermaLink
        self.link = link
        self.title = title
        self.summary = summary
        self.content = content
        self.published = published
        self.updated = updated
        self.authors = authors
        self.categories = categories
        self.enclosures = enclosures
        self.language = language
        self.rights = rights
        self.baseURL = baseURL
    }
}

/// The document formats newswire reads.
public enum FeedFormat: String, Sendable, Equatable {
    case rss, atom, rdf, jsonfeed, html
}

/// A parsed document: feed-level metadata and its items, in document order.
public struct ParsedFeed: Sendable, Equatable {
    public var format: FeedFormat
    public var title: String?
    /// The site's home page, absolute.
    public var link: String?
    public var language: String?
    /// Feed-level authors: the fallback for items that name none.
    public var authors: [Person]
    /// RSS `<ttl>` (or `sy:updatePeriod` / `sy:updateFrequency`) in seconds.
    public var ttl: Double?
    /// Feed-level rights (RSS `copyright`, `dc:rights`, Atom `rights`): the fallback for items.
    public var rights: String?
    public var items: [Item]
    /// Non-fatal problems found while parsing (recovered errors), for logs and status.
    public var warnings: [String]

    public init(format: FeedFormat, title: String? = nil, link: String? = nil, language: String? = nil,
                authors: [Person] = [], ttl: Double? = nil, rights: String? = nil, items: [Item] = [],
                warnings: [String] = []) {
        self.format = format
        self.rights = rights
        self.title = title
        self.link = link
        self.language = language
        self.authors = authors
        self.ttl = ttl
        self.items = items
        self.warnings = warnings
    }
}
