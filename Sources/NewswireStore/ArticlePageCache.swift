import Foundation

/// An article page of an HTML source as last fetched: validators for conditional GET, the list
/// entry it was fetched for, and what was extracted (opaque bytes to the store).
public struct CachedArticlePage: Sendable, Equatable {
    /// The html source the page belongs to.
    public var sourceID: String
    /// The article page's URL as listed.
    public var link: String
    /// Digest of the list entry (title, date, summary…): a change means the page is fetched again.
    public var listFingerprint: String
    /// Validators of the last 200, sent on the next request.
    public var etag: String?
    /// See `etag`.
    public var lastModified: String?
    /// The extracted page, encoded by the engine.
    public var extracted: Data
    /// When the page was last fetched.
    public var fetchedAt: Date

    /// A cache row from its parts.
    public init(sourceID: String, link: String, listFingerprint: String, etag: String? = nil,
                lastModified: String? = nil, extracted: Data, fetchedAt: Date) {
        self.sourceID = sourceID
        self.link = link
        self.listFingerprint = listFingerprint
        self.etag = etag
        self.lastModified = lastModified
        self.extracted = extracted
        self.fetchedAt = fetchedAt
    }
}

/// Remembers article pages of `follow = true` sources so unchanged entries are not fetched again.
public protocol ArticlePageCache: Sendable {
    /// Every cached page of `sourceID`, by link.
    func cachedArticlePages(sourceID: String) throws -> [String: CachedArticlePage]
    /// Makes `pages` the whole cache of `sourceID` (pages no longer listed are forgotten).
    func replaceArticlePages(sourceID: String, with pages: [CachedArticlePage]) throws
}
