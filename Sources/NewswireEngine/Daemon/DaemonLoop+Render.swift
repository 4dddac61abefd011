import Foundation
import Logging
import NewswireFetch
import NewswireModel
import NewswireRender

extension DaemonLoop {
    /// Debounced: once changes stopped for `renderQuiet`, or `renderMaxDelay` after the first one.
    func shouldRender(now: Date) -> Bool {
        guard !rendering else { return false }
        if let renderRetryAt, now < renderRetryAt { return false }
        if fullRenderPending { return true }
        guard let firstChange, let lastChange else { return false }
        let timing = service.timing
        return now.timeIntervalSince(lastChange) >= timing.renderQuiet
            || now.timeIntervalSince(firstChange) >= timing.renderMaxDelay
    }

    /// Renders the changed feeds (everything after a reload or a prune) on a child task.
    mutating func startRender(_ group: inout DiscardingTaskGroup) {
        let scope: RenderPlan.Scope = fullRenderPending
            ? .everything
            : .changed(sources: changed, articles: articlesChanged, labels: labelsChanged, sitemap: sitemapHolders)
        // Only the first render sweeps temp files: later a `regenerate` beside the daemon may be writing.
        let sweep = lastRender == nil && renderRetryAt == nil
        let prune = Date().timeIntervalSince(lastPrune) >= service.timing.prunePeriod
        if prune { lastPrune = Date() }
        changed = []
        articlesChanged = false
        labelsChanged = false
        sitemapHolders = []
        fullRenderPending = false
        firstChange = nil
        lastChange = nil
        rendering = true
        let configuration = configuration, store = store, continuation = continuation, renderer = renderer
        group.addTask {
            let started = ContinuousClock.now
            var pruned = 0
            let result: Result<SiteRenderer.Report, RenderFailure>
            do {
                let done = try await WorkerThreads.onOwnThread {
                    let pruned = prune ? try store.prune(olderThan: Date().addingTimeInterval(-configuration.output.retention)) : 0
                    return (report: try renderer.render(pruned > 0 ? .everything : scope, sweepTempFiles: sweep), pruned: pruned)
                }
                pruned = done.pruned
                result = .success(done.report)
            } catch {
                result = .failure(RenderFailure(reason: "\(error)"))
            }
            let seconds = Double(DaemonLoop.seconds(ContinuousClock.now - started)) ?? 0
            // A render is the daemon's largest allocation: afterwards most of the heap is free.
            AllocatorTuning.releaseFreeMemory()
            continuation.yield(.rendered(result, seconds: seconds, pruned: pruned))
        }
    }

    mutating func rendered(_ result: Result<SiteRenderer.Report, RenderFailure>, seconds: Double, pruned: Int,
                           now: Date) {
        rendering = false
        metrics.recordRender(seconds: seconds)
        switch result {
        case .success(let report):
            lastRender = (now, report.written.count)
            renderRetryAt = nil
            let level: Logger.Level = report.written.isEmpty && report.removed.isEmpty ? .debug : .info
            logger.log(level: level, "rendered", metadata: [
                "written": "\(report.written.count)", "unchanged": "\(report.unchanged)",
                "removed": "\(report.removed.count)", "pruned": "\(pruned)", "duration": "\(String(format: "%.3f", seconds))s",
            ])
        case .failure(let failure):
            // The files on disk stay whole; render everything again a little later.
            fullRenderPending = true
            renderRetryAt = now.addingTimeInterval(service.timing.renderRetry)
            logger.error("render failed: \(failure.reason)")
        }
        service.notifier.status(statusLine)
        writeMetrics(now: now)
    }

    /// `STATUS=`: sources ok/failing and the last render.
    var statusLine: String {
        let total = configuration.sources.count, failing = book.failingCount
        var line = "\(total) sources: \(total - failing) ok, \(failing) failing"
        if let lastRender {
            line += "; last render \(lastRender.at.ISO8601Format()) (\(lastRender.written) files written)"
        }
        return line
    }

    /// Every in-memory table the daemon keeps and its size: each is keyed by configured sources or bounded by
    /// the polls in flight (`DaemonMemoryTests` holds them to that).
    var tables: [(name: String, entries: Int)] {
        let fetch = service.fetcher.tables
        return [("schedule", book.entries.count), ("schedule_order", book.order.count),
                ("schedule_queue", book.queueCount),
                ("hosts_in_flight", book.hostsInFlight), ("render_pending", changed.count)]
            + (fetch.map { [("fetch_jobs", $0.jobs), ("fetch_queue_slots", $0.queueSlots),
                            ("fetch_hosts", $0.hosts), ("fetch_transfers", $0.transfers)] } ?? [])
    }

    /// Rewrites `state_dir/metrics.prom` atomically.
    mutating func writeMetrics(now: Date) {
        lastMetrics = now
        let lastSuccess = book.order.map { ($0, book.entries[$0]?.lastSuccess) }
        let text = metrics.prometheusText(lastSuccess: lastSuccess, failing: book.failingCount, tables: tables, now: now)
        let path = (configuration.site.stateDir as NSString).appendingPathComponent("metrics.prom")
        do {
            _ = try AtomicFileWriter().write(Data(text.utf8), to: path)
        } catch {
            logger.warning("cannot write metrics: \(error)", metadata: ["path": "\(path)"])
        }
    }
}
