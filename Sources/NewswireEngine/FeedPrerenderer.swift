import Foundation
import NewswireModel
import NewswireRender

/// Renders a source's own feed as soon as its poll is committed, while other sources are still being
/// polled, on threads of its own: a `regenerate` that renders every feed anyway (a cold run) thus uses
/// the time the polls leave idle. The files are only staged; the final render commits them together
/// with everything else, or discards them.
///
/// A staged feed stays right until the end of the run as long as no article row changes: a later
/// poll only adds memberships of other sources and new rows, except an update (a known identity with a
/// new content hash), which rewrites a row that other sources may list. So after an update, or when
/// pruning removed articles, the caller discards everything staged and renders as usual.
final class FeedPrerenderer: @unchecked Sendable {
    private let renderer: SiteRenderer
    private let writes = StagedFileWrites()
    private let condition = NSCondition()
    private let done = DispatchGroup()
    /// Guarded by `condition`.
    private var queue: [SourceSpec] = []
    private var closed = false
    private var written: [String: Bool] = [:]

    /// Starts `width` threads rendering into `renderer`'s output folder.
    init(renderer: SiteRenderer, width: Int) {
        self.renderer = renderer
        for _ in 0..<max(1, width) {
            done.enter()
            Thread { [self] in
                while let source = next() { render(source) }
                done.leave()
            }.start()
        }
    }

    /// Queues the feed of `source`, whose poll stored a new document.
    func submit(_ source: SourceSpec) {
        condition.withLock {
            guard !closed else { return }
            queue.append(source)
            condition.signal()
        }
    }

    /// Stops taking queued feeds and waits for those being rendered; returns the staged files and, per
    /// rendered source, whether its file will be written. Sources still queued, or whose render failed,
    /// are left out: the final render, on more threads, renders them.
    func finish() -> PrerenderedFeeds {
        condition.withLock {
            closed = true
            queue = []
            condition.broadcast()
        }
        done.wait()
        return PrerenderedFeeds(writes: writes, written: condition.withLock { written })
    }

    /// Stops, and removes every staged file.
    func discard() {
        finish().writes.discard()
    }

    private func next() -> SourceSpec? {
        condition.withLock {
            while queue.isEmpty && !closed { condition.wait() }
            return closed ? nil : queue.removeFirst()
        }
    }

    private func render(_ source: SourceSpec) {
        guard let isWritten = try? renderer.stageSourceFeed(source, into: writes) else { return }
        condition.withLock { written[source.id] = isWritten }
    }
}

/// Feeds staged before the final render: its commit renames them with the rest.
struct PrerenderedFeeds {
    var writes: StagedFileWrites
    /// Per source id: whether its feed file changes.
    var written: [String: Bool]
}
