import Foundation
import NewswireModel

/// Everything needed to render one Atom feed; entries are rendered in the order given.
public struct AtomFeedDocument: Sendable, Equatable {
    /// The feed's `tag:` URI.
    public var id: String
    public var title: String
    public var subtitle: String?
    /// Absolute URL of the feed file itself (`rel="self"`).
    public var selfURL: String
    /// Absolute URL of the HTML page the feed belongs to (`rel="alternate"`).
    public var alternateURL: String?
    /// The feed's `<updated>`: passed in so equal input renders equal bytes.
    public var updated: Date
    public var authorName: String
    public var generator: String?
    /// Newest first; the caller sorts and limits.
    public var entries: [StoredArticle]

    /// Creates a feed document.
    public init(id: String, title: String, subtitle: String? = nil, selfURL: String, alternateURL: String? = nil,
                updated: Date, authorName: String, generator: String? = nil, entries: [StoredArticle]) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.selfURL = selfURL
        self.alternateURL = alternateURL
        self.updated = updated
        self.authorName = authorName
        self.generator = generator
        self.entries = entries
    }
}
