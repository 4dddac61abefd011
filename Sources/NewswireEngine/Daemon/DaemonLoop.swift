import Foundation
import Logging
import NewswireModel
import NewswireRender
import NewswireStore

/// The state of the scheduling loop; lives on the loop's task only.
struct DaemonLoop {
    enum Next { case goOn, stop }

    let service: DaemonService
    let continuation: AsyncStream<DaemonEvent>.Continuation
    var configuration: Configuration {
        didSet { renderer = SiteRenderer(configuration: configuration, store: service.store) }
    }
    /// The renderer of `configuration`, kept from one render to the next (it works out the site's layout once).
    var renderer: SiteRenderer
    var book: ScheduleBook
    var metrics = DaemonMetrics()
    /// Sources whose articles, title or site link changed since the last render started, and which of
    /// the two changed.
    var changed: Set<String> = []
    var articlesChanged = false
    var labelsChanged = false
    /// Articles whose sitemap entry changed (`UpdateSummary.sitemapHolders`); nil past
    /// `SourceOutcome.sitemapHoldersKept`, when the whole sitemap is rewritten instead.
    var sitemapHolders: Set<Int64>? = []
    var fullRenderPending = true
    var firstChange: Date?
    var lastChange: Date?
    var rendering = false
    var lastRender: (at: Date, written: Int)?
    /// After a failed render, none before this.
    var renderRetryAt: Date?
    var lastPing = ContinuousClock.now
    var lastMetrics = Date.distantPast
    var lastPrune = Date.distantPast
    var stopDeadline: Date?

    init(service: DaemonService, continuation: AsyncStream<DaemonEvent>.Continuation) {
        self.service = service
        self.continuation = continuation
        configuration = service.configuration
        renderer = SiteRenderer(configuration: service.configuration, store: service.store)
        book = ScheduleBook(concurrency: configuration.fetch.concurrency, perHost: configuration.fetch.perHost)
    }

    var logger: Logger { service.logger }
    var store: any ArticleStore { service.store }

    /// Schedules every source from its stored state, then tells systemd the daemon is ready.
    mutating func start(_ group: inout DiscardingTaskGroup) {
        let states = (try? store.fetchStates()) ?? [:]
        book.apply(configuration, states: states, now: Date())
        logger.info("started", metadata: ["sources": "\(configuration.sources.count)",
                                          "state_dir": "\(configuration.site.stateDir)"])
        startRender(&group)
        service.notifier.ready(status: statusLine)
        if service.notifier.watchdogInterval != nil { service.notifier.watchdog() }
        lastPing = .now
    }

    mutating func handle(_ event: DaemonEvent, _ group: inout DiscardingTaskGroup) -> Next {
        let now = Date()
        switch event {
        case .tick:
            break
        case .polled(let outcome, let started):
            finish(outcome, started: started, now: now)
        case .rendered(let result, let seconds, let pruned):
            rendered(result, seconds: seconds, pruned: pruned, now: now)
        case .reload:
            if stopDeadline == nil { reload(now: now) }
        case .shutdown:
            if stopDeadline == nil {
                logger.info("stopping", metadata: ["in_flight": "\(book.inFlightCount)"])
                service.notifier.stopping()
                stopDeadline = now.addingTimeInterval(service.timing.shutdownGrace)
            }
        }
        ping()
        if let stopDeadline {
            return drain(&group, now: now, deadline: stopDeadline)
        }
        dispatch(&group, now: now)
        if shouldRender(now: now) { startRender(&group) }
        if now.timeIntervalSince(lastMetrics) >= service.timing.metricsPeriod { writeMetrics(now: now) }
        return .goOn
    }

    /// `WATCHDOG=1` every half `WATCHDOG_USEC`, from this loop only: a stuck loop stops the pings.
    private mutating func ping() {
        guard let period = service.notifier.watchdogInterval, ContinuousClock.now - lastPing >= period else { return }
        lastPing = .now
        service.notifier.watchdog()
    }

    /// At shutdown: no new polls; wait for those in flight (cancelled past the grace) and a last render.
    private mutating func drain(_ group: inout DiscardingTaskGroup, now: Date, deadline: Date) -> Next {
        if book.inFlightCount > 0 {
            if now < deadline { return .goOn }
            group.cancelAll()
            return rendering ? .goOn : .stop
        }
        if rendering { return .goOn }
        if !changed.isEmpty && now < deadline {
            startRender(&group)
            return .goOn
        }
        writeMetrics(now: now)
        return .stop
    }

    private mutating func dispatch(_ group: inout DiscardingTaskGroup, now: Date) {
        let due = book.takeDue(now: now)
        guard !due.isEmpty else { return }
        let poller = SourcePoller(fetcher: service.fetcher, store: store,
                                  ids: AtomIDs(baseURL: configuration.site.baseURL), logger: logger)
        let store = store, continuation = continuation
        for source in due {
            group.addTask {
                let started = ContinuousClock.now
                let state = try? store.fetchState(sourceID: source.id)
                let outcome = await poller.poll(source, state: state)
                continuation.yield(.polled(outcome, started: started))
            }
        }
    }

    private mutating func finish(_ outcome: SourceOutcome, started: ContinuousClock.Instant, now: Date) {
        metrics.record(outcome)
        let elapsed = ContinuousClock.now - started
        guard let next = book.finish(outcome, now: now) else { return }
        do {
            try store.saveNextPoll(sourceID: outcome.sourceID, at: next)
        } catch {
            logger.error("cannot store the schedule: \(error)", metadata: ["source.id": "\(outcome.sourceID)"])
        }
        var metadata: Logger.Metadata = [
            "source.id": "\(outcome.sourceID)", "url": "\(outcome.url)",
            "duration": "\(Self.seconds(elapsed))s", "next_in": "\(Int(next.timeIntervalSince(now).rounded()))s",
        ]
        if let status = outcome.httpStatus { metadata["http.status"] = "\(status)" }
        switch outcome.result {
        case .failed(let reason):
            metadata["failures"] = "\(book.entries[outcome.sourceID]?.failures ?? 0)"
            logger.warning("poll failed: \(reason)", metadata: metadata)
        case .updated(let summary, let items):
            metadata["items"] = "\(items)"
            metadata["new"] = "\(summary.inserted)"
            logger.info("poll done", metadata: metadata)
        case .notModified, .skipped:
            logger.debug("poll done: not modified", metadata: metadata)
        }
        if outcome.changedArticles || outcome.labelChanged {
            changed.insert(outcome.sourceID)
            articlesChanged = articlesChanged || outcome.changedArticles
            labelsChanged = labelsChanged || outcome.labelChanged
            sitemapHolders = SourceOutcome.merging(outcome.sitemapHolders, into: sitemapHolders)
            firstChange = firstChange ?? now
            lastChange = now
        }
    }

    static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.3f", value)
    }
}
