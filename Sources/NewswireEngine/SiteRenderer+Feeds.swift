import Dispatch
import Foundation
import NewswireModel
import NewswireRender
import NewswireStore

extension SiteRenderer {
    /// One Atom file under `feeds/`: a source's own feed or a combined feed.
    struct FeedJob: Sendable {
        var id: String
        var title: String
        var alternate: String?
        var sourceIDs: [String]
        var categories: [String]
    }

    /// What `renderFeeds` did: per job whether its file was written, and the entries of the job over
    /// every source without a category filter (the index page's latest articles), when there was one.
    struct RenderedFeeds {
        var written: [Bool]
        var entries: [StoredArticle]?
    }

    /// Renders `jobs` on several threads. Their files are staged and renamed together once all are rendered
    /// (one folder sync instead of one per file); after a failure none of them is replaced.
    func renderFeeds(_ jobs: [FeedJob], keepingEntriesOf allIDs: [String], into writes: StagedFileWrites) throws
        -> RenderedFeeds {
        let results = FeedJobResults(count: jobs.count)
        let folder = configuration.site.outputDir + "/feeds/"
        // Two threads per core: while one waits for its file's fsync, the other renders.
        let width = min(4, 2 * ProcessInfo.processInfo.activeProcessorCount)
        WorkerThreads.run(count: jobs.count, width: width) { index in
            guard !results.failed else { return }
            let job = jobs[index]
            do {
                let entries = try store.articles(sourceIDs: job.sourceIDs, categories: job.categories, limit: entriesPerFeed)
                let written = try writes.stage(try feedData(job, entries: entries), to: folder + job.id + ".xml")
                let keep = job.categories.isEmpty && job.sourceIDs == allIDs
                results.record(index, written: written, entries: keep ? entries : nil)
            } catch {
                results.record(index, error: error)
            }
        }
        if let error = results.firstError {
            writes.discard()
            throw error
        }
        try writes.commit()
        return RenderedFeeds(written: results.written, entries: results.entries)
    }

    private func feedData(_ job: FeedJob, entries: [StoredArticle]) throws -> Data {
        let document = AtomFeedDocument(
            id: ids.feedURL(job.id), title: job.title, subtitle: nil, selfURL: ids.feedURL(job.id),
            alternateURL: job.alternate ?? ids.baseURL,
            // The newest entry's date, not the clock: an unchanged feed keeps its bytes. A feed without
            // entries shows when it first appeared, stored so that it stays the same.
            updated: try entries.map(\.updated).max() ?? store.feedEpoch(feedID: job.id, now: now()),
            authorName: configuration.site.title, generator: "newswire \(NewswireVersion.string)", entries: entries)
        return AtomRenderer.render(document)
    }
}

/// The outcomes of feed jobs that run on several threads, each recorded in its own slot.
private final class FeedJobResults: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var slots: [Bool]
    private var errors: [(index: Int, error: any Error)] = []
    private var kept: [StoredArticle]?

    init(count: Int) {
        slots = Array(repeating: false, count: count)
    }

    /// True once a job failed: the jobs not started yet are skipped.
    var failed: Bool { lock.withLock { !errors.isEmpty } }
    /// The failure of the first failed job, in job order.
    var firstError: (any Error)? { lock.withLock { errors.min { $0.index < $1.index }?.error } }
    var written: [Bool] { lock.withLock { slots } }
    var entries: [StoredArticle]? { lock.withLock { kept } }

    func record(_ index: Int, written: Bool, entries: [StoredArticle]?) {
        lock.withLock {
            slots[index] = written
            if let entries { kept = entries }
        }
    }

    func record(_ index: Int, error: any Error) {
        lock.withLock { errors.append((index, error)) }
    }
}
