import Foundation

/// Which configured feeds have no file in the output's `feeds/` folder, found by listing the folder only when
/// it changed since this renderer last saw it: listing 20,000 feed files was ~10 ms of the render step after
/// one new article. Adding, removing or renaming an entry sets the folder's mtime, so an mtime equal to the
/// one recorded after the last render means that render's outcome still holds. Where file times are coarse
/// (kernels without fine-grained timestamps), a change by someone else within the clock tick of the
/// renderer's own last write keeps the mtime: the folder is listed again at least every `relistAfter`.
final class FeedFolderListing: @unchecked Sendable {
    private struct Record {
        var mtime: timespec
        var missing: Set<String>
        /// When the folder was last listed (or fully rendered), which `missing` derives from.
        var listed: ContinuousClock.Instant
    }

    private let lock = NSLock()
    private var record: Record?
    private var listed: ContinuousClock.Instant?
    private let relistAfter: Duration

    init(relistAfter: Duration = .seconds(60)) {
        self.relistAfter = relistAfter
    }

    /// Ids of the feeds in `layout` whose file is missing from `folder`.
    func missingFeeds(in folder: String, layout: SiteLayout) -> Set<String> {
        let now = ContinuousClock.now
        if let mtime = Self.mtime(of: folder), let record = lock.withLock({ record }),
           record.mtime.tv_sec == mtime.tv_sec, record.mtime.tv_nsec == mtime.tv_nsec, now - record.listed < relistAfter {
            return record.missing
        }
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        lock.withLock { listed = now }
        return Set(layout.feedFileNames.subtracting(names).map { String($0.dropLast(".xml".count)) })
    }

    /// After a render that finished: the feeds still missing (`[]` after one that rendered every feed,
    /// `complete`), kept until the folder changes.
    func record(missing: Set<String>, in folder: String, complete: Bool) {
        guard let mtime = Self.mtime(of: folder) else { return }
        lock.withLock {
            let since = complete ? ContinuousClock.now : (listed ?? record?.listed ?? ContinuousClock.now)
            record = Record(mtime: mtime, missing: missing, listed: since)
            listed = nil
        }
    }

    private static func mtime(of folder: String) -> timespec? {
        var info = stat()
        guard stat(folder, &info) == 0 else { return nil }
        return info.st_mtim
    }
}
