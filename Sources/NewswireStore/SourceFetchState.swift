import Foundation

/// What the store remembers about polling one source.
public struct SourceFetchState: Sendable, Equatable {
    public var sourceID: String
    /// The configured URL the state belongs to (a changed URL starts afresh).
    public var url: String
    public var etag: String?
    public var lastModified: String?
    /// SHA-256 of the last body parsed: an identical 200 needs no re-parse.
    public var bodyHash: String?
    /// Where a permanent redirect said the source now lives.
    public var permanentURL: String?
    public var lastAttempt: Date?
    public var lastSuccess: Date?
    public var httpStatus: Int?
    /// Articles listed by the last successful parse.
    public var itemCount: Int
    public var consecutiveFailures: Int
    public var nextPoll: Date?
    public var lastError: String?
    /// The feed's own title and home page, for OPML and the index page.
    public var title: String?
    public var siteLink: String?

    public init(sourceID: String, url: String, etag: String? = nil, lastModified: String? = nil,
                bodyHash: String? = nil, permanentURL: String? = nil, lastAttempt: Date? = nil,
                lastSuccess: Date? = nil, httpStatus: Int? = nil, itemCount: Int = 0, consecutiveFailures: Int = 0,
                nextPoll: Date? = nil, lastError: String? = nil, title: String? = nil, siteLink: String? = nil) {
        self.sourceID = sourceID
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.bodyHash = bodyHash
        self.permanentURL = permanentURL
        self.lastAttempt = lastAttempt
        self.lastSuccess = lastSuccess
        self.httpStatus = httpStatus
        self.itemCount = itemCount
        self.consecutiveFailures = consecutiveFailures
        self.nextPoll = nextPoll
        self.lastError = lastError
        self.title = title
        self.siteLink = siteLink
    }
}
