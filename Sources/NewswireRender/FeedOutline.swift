/// One generated feed as listed in the OPML file and on the index page.
public struct FeedOutline: Sendable, Equatable {
    public var title: String
    /// Absolute URL of the Atom file.
    public var xmlURL: String
    /// Absolute URL of the site the feed follows, when known.
    public var htmlURL: String?

    /// Creates a feed outline.
    public init(title: String, xmlURL: String, htmlURL: String? = nil) {
        self.title = title
        self.xmlURL = xmlURL
        self.htmlURL = htmlURL
    }
}
