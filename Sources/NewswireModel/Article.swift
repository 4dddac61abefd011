import Foundation

/// An item after normalization: canonical link, sanitized markup, identity and content hash.
public struct Article: Sendable, Equatable {
    /// Identity within its source: guid, else canonical link, else content hash.
    public var identity: String
    public var canonicalLink: String?
    /// Lower-case hex SHA-256 of the normalized title and text.
    public var contentHash: String
    /// True when the hashed body text is substantial enough for the hash to identify the story across
    /// sources (see `DedupeRule`); empty, boilerplate and title-only items never merge by hash.
    public var hashIsDedupeKey: Bool
    public var title: TextConstruct
    public var summary: TextConstruct?
    public var content: TextConstruct?
    /// As the source gave them; nil when it gave none.
    public var published: Date?
    public var updated: Date?
    public var authors: [Person]
    public var categories: [String]
    public var enclosures: [Enclosure]
    public var language: String?
    public var rights: String?

    public init(identity: String, canonicalLink: String?, contentHash: String, hashIsDedupeKey: Bool = false,
                title: TextConstruct, summary: TextConstruct? = nil, content: TextConstruct? = nil, published: Date? = nil,
                updated: Date? = nil, authors: [Person] = [], categories: [String] = [],
                enclosures: [Enclosure] = [], language: String? = nil, rights: String? = nil) {
        self.identity = identity
        self.canonicalLink = canonicalLink
        self.contentHash = contentHash
        self.hashIsDedupeKey = hashIsDedupeKey
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
    }
}

/// An article as the store holds it: with its minted Atom id and the dates shown in feeds.
public struct StoredArticle: Sendable, Equatable {
    /// Row id in the store.
    public var id: Int64
    /// `tag:` URI minted when first seen; never changes.
    public var atomID: String
    public var article: Article
    public var firstSeen: Date
    /// Shown as `<published>`: the source's date, else the first-seen time.
    public var published: Date
    /// Shown as `<updated>`: changes when the content hash changes.
    public var updated: Date
    /// Ids of the sources that list it.
    public var sourceIDs: [String]
    /// In a combined feed: the links of the story's other copies (other sources' URLs), shown as
    /// `rel="related"`; empty in a source's own feed.
    public var relatedLinks: [String] = []

    public init(id: Int64, atomID: String, article: Article, firstSeen: Date, published: Date, updated: Date,
                sourceIDs: [String] = []) {
        self.id = id
        self.atomID = atomID
        self.article = article
        self.firstSeen = firstSeen
        self.published = published
        self.updated = updated
        self.sourceIDs = sourceIDs
    }
}
