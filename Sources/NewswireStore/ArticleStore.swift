import Foundation
import NewswireModel

/// Mints the Atom id of an article the first time it is seen: (source id, article, first-seen time) → `tag:` URI.
public typealias AtomIDMinter = @Sendable (_ sourceID: String, _ article: Article, _ firstSeen: Date) -> String

/// A successful parse of one source, applied to the store atomically.
public struct SourceUpdate: Sendable {
    public var state: SourceFetchState
    /// Every article the document lists now, in document order.
    public var articles: [Article]
    public var fetchedAt: Date

    public init(state: SourceFetchState, articles: [Article], fetchedAt: Date) {
        self.state = state
        self.articles = articles
        self.fetchedAt = fetchedAt
    }
}

/// What applying a `SourceUpdate` did.
public struct UpdateSummary: Sendable, Equatable {
    /// New articles.
    public var inserted = 0
    /// Known identities whose content hash changed.
    public var updated = 0
    /// New to this source, but already stored from another source (same link or content hash).
    public var duplicates = 0
    public var unchanged = 0
    /// Items that match a tombstone and stay deleted.
    public var tombstoned = 0
    /// Items of the document with no title, link, text or media: not stored (counted by the poller).
    public var emptyItems = 0
    /// Articles that hold a sitemap entry that changed, or held one before this write: the sitemap parts
    /// to rewrite are theirs.
    public var sitemapHolders: Set<Int64> = []

    public init() {}

    /// True when a feed of this source would change.
    public var changedArticles: Bool { inserted + updated + duplicates > 0 }
}

/// One sitemap row.
public struct SitemapEntry: Sendable, Equatable {
    public var link: String
    public var lastmod: Date

    public init(link: String, lastmod: Date) {
        self.link = link
        self.lastmod = lastmod
    }
}

/// A failure to read or write the store, with what was being done.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "store \(path): \(reason)" }
}

/// Where articles and fetch state live; `SQLiteArticleStore` is the real one.
public protocol ArticleStore: Sendable {
    /// Fetch state of every source that has one.
    func fetchStates() throws -> [String: SourceFetchState]
    /// Records a transfer that produced no new document (failure or 304); articles stay as they are.
    func saveFetchState(_ state: SourceFetchState) throws
    /// Fetch state of one source, nil when it was never polled.
    func fetchState(sourceID: String) throws -> SourceFetchState?
    /// Records when the daemon will poll a source next (`sources.next_poll`); a source without a row is skipped.
    func saveNextPoll(sourceID: String, at date: Date) throws
    /// Stores the state and articles of one successful parse, in one transaction.
    func apply(_ update: SourceUpdate, mintAtomID: AtomIDMinter) throws -> UpdateSummary
    /// Performs the writes of several polls, in order, in as few transactions as it can; each write is
    /// atomic on its own, and one that fails is reported in its slot without undoing the others. The caller
    /// is suspended, not blocked, while the store works.
    func write(_ batch: [StoreWrite], mintAtomID: @escaping AtomIDMinter) async -> [Result<UpdateSummary, StoreError>]
    /// Newest first (by published, then id), each article once, from any of these sources.
    func articles(sourceIDs: [String], categories: [String], limit: Int) throws -> [StoredArticle]
    /// When the feed `feedID` was first rendered, recorded now (`now`) if never: the `<updated>` of a feed
    /// without entries, which must be plausible and stay the same from run to run.
    func feedEpoch(feedID: String, now: Date) throws -> Date
    /// The sitemap entries held by articles with ids in `ids`, ordered by link. Every stored canonical link
    /// has one entry, held by the first article (lowest id) that carries it, with the newest update of the
    /// articles that carry it.
    func sitemapEntries(heldIn ids: ClosedRange<Int64>) throws -> [SitemapEntry]
    /// The lowest id at or above `id` of an article that holds a sitemap entry.
    func firstSitemapHolder(from id: Int64) throws -> Int64?
    /// Removes articles not updated since `cutoff` that no source lists any more; leaves tombstones.
    func prune(olderThan cutoff: Date) throws -> Int
    /// `prune(olderThan:)` over the articles these sources hold: after polling a few sources, the cost
    /// of the change rather than of the corpus.
    func prune(olderThan cutoff: Date, sourceIDs: [String]) throws -> Int
}

extension ArticleStore {
    /// Every sitemap entry, ordered by link.
    public func sitemapEntries() throws -> [SitemapEntry] {
        try sitemapEntries(heldIn: 1...Int64.max)
    }
}
