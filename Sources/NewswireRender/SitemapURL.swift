import Foundation

/// One page listed in the sitemap.
public struct SitemapURL: Sendable, Equatable {
    /// Absolute http(s) URL.
    public var loc: String
    public var lastmod: Date?

    /// Creates a sitemap entry.
    public init(loc: String, lastmod: Date? = nil) {
        self.loc = loc
        self.lastmod = lastmod
    }
}
