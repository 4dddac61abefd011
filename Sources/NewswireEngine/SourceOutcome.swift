import NewswireStore

/// What polling one source came to.
public struct SourceOutcome: Sendable {
    public enum Result: Sendable {
        /// A new document was parsed and stored.
        case updated(UpdateSummary, items: Int)
        /// 304, or a 200 whose body was byte-identical to the last one.
        case notModified
        /// Not polled (`--offline`).
        case skipped
        case failed(reason: String)
    }

    public var sourceID: String
    public var url: String
    public var httpStatus: Int?
    public var result: Result
    /// What the poll learned for the schedule: ttl, max-age, Retry-After, bytes.
    public var hints = PollHints()
    /// The store could not be written (disk full, read-only): not the source's fault.
    public var storeFailed = false
    /// The stored title or site link changed: OPML, the index page and the source's feed show them.
    public var labelChanged = false

    public init(sourceID: String, url: String, httpStatus: Int? = nil, result: Result) {
        self.sourceID = sourceID
        self.url = url
        self.httpStatus = httpStatus
        self.result = result
    }

    public var failed: Bool {
        if case .failed = result { return true }
        return false
    }

    /// Articles whose sitemap entry the poll changed.
    public var sitemapHolders: Set<Int64> {
        if case .updated(let summary, _) = result { return summary.sitemapHolders }
        return []
    }

    /// Past this many changed sitemap entries between two renders, the whole sitemap is rewritten (it is
    /// then cheaper than a part per entry, and the set stays small).
    static let sitemapHoldersKept = 20_000

    /// `holders` added to `kept`, or nil (unknown: every part) once they are more than `sitemapHoldersKept`.
    static func merging(_ holders: Set<Int64>, into kept: Set<Int64>?) -> Set<Int64>? {
        guard var kept, kept.count + holders.count <= sitemapHoldersKept else { return nil }
        kept.formUnion(holders)
        return kept
    }

    /// True when articles of this source changed (its feeds may need re-rendering).
    public var changedArticles: Bool {
        if case .updated(let summary, _) = result { return summary.changedArticles }
        return false
    }
}
