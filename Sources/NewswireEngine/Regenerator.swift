import Foundation
import Logging
import NewswireFetch
import NewswireModel
import NewswireStore

/// `newswire regenerate`: poll every (or the named) source once, then write all outputs.
public struct Regenerator: Sendable {
    /// What to poll.
    public struct Options: Sendable {
        /// No network: re-render from the store.
        public var offline = false
        /// Only these sources (all when empty).
        public var sourceIDs: [String] = []
        /// Remove temp files other processes left; false while a `newswire run` holds the state folder.
        public var sweepTempFiles = true

        public init(offline: Bool = false, sourceIDs: [String] = [], sweepTempFiles: Bool = true) {
            self.offline = offline
            self.sourceIDs = sourceIDs
            self.sweepTempFiles = sweepTempFiles
        }
    }

    /// Every source's outcome, the files written, and how long each step took.
    public struct Report: Sendable {
        public var outcomes: [SourceOutcome] = []
        public var render = SiteRenderer.Report()
        public var pruned = 0
        public var stepSeconds: [(step: String, seconds: Double)] = []

        public var failures: [SourceOutcome] { outcomes.filter(\.failed) }
    }

    let configuration: Configuration
    let store: any ArticleStore
    let fetcher: any Fetcher
    let logger: Logger
    let now: @Sendable () -> Date

    public init(configuration: Configuration, store: any ArticleStore, fetcher: any Fetcher, logger: Logger,
                now: @escaping @Sendable () -> Date = Date.init) {
        self.configuration = configuration
        self.store = store
        self.fetcher = fetcher
        self.logger = logger
        self.now = now
    }

    /// Runs the steps in order: poll, prune, render. Source failures are in the report; a store or
    /// output failure throws, tagged with the step.
    public func run(_ options: Options) async throws(EngineError) -> Report {
        var report = Report()
        let sources = try selectedSources(options.sourceIDs)
        // Beside a running daemon (temp files not swept) the outputs are not this process's to trust.
        let fingerprint = RenderFingerprint(configuration: configuration)
        let outputsCurrent = options.sweepTempFiles && fingerprint.isCurrent()
        fingerprint.invalidate()
        let renderer = SiteRenderer(configuration: configuration, store: store, now: now)
        try await step("poll", &report) { report in
            report.outcomes = options.offline
                ? sources.map { SourceOutcome(sourceID: $0.id, url: $0.url, result: .skipped) }
                : try await poll(sources, states: try fetchStates(of: sources, all: options.sourceIDs.isEmpty))
            // A store that cannot be written is the machine's problem, not a source's: stop before
            // rendering, so the outputs stay as they were (exit 74).
            if let broken = report.outcomes.first(where: \.storeFailed), case .failed(let reason) = broken.result {
                throw EngineError(step: "poll", kind: .io, reason: reason)
            }
        }
        try await step("prune", &report) { report in
            let cutoff = now().addingTimeInterval(-configuration.output.retention)
            // After polling named sources, only their articles can have left a listing.
            report.pruned = options.sourceIDs.isEmpty || options.offline
                ? try store.prune(olderThan: cutoff)
                : try store.prune(olderThan: cutoff, sourceIDs: sources.map(\.id))
        }
        try await step("render", &report) { report in
            if !outputsCurrent || options.offline || report.pruned > 0 {
                report.render = try await WorkerThreads.onOwnThread { [sweep = options.sweepTempFiles] in
                    try renderer.render(.everything, sweepTempFiles: sweep)
                }
            } else {
                // The outputs matched the store before this poll: re-render only what the poll changed. No
                // sweep either: a current fingerprint means no writer was cut short since the last complete
                // render (a crash leaves none, and a starting daemon removes it), so no temp file is left over.
                let scope = changes(of: report.outcomes)
                report.render = try await WorkerThreads.onOwnThread { try renderer.render(scope, sweepTempFiles: false) }
            }
            // A daemon that started meanwhile has its own changes to render: then leave no fingerprint.
            if options.sweepTempFiles, StateLock.holder(stateDir: configuration.site.stateDir) == nil {
                try fingerprint.record()
            }
        }
        return report
    }

    /// What the poll changed: the sources whose feed files may change (new articles, or a new title or
    /// site link), and whether any article and any label changed.
    private func changes(of outcomes: [SourceOutcome]) -> RenderPlan.Scope {
        var sources: Set<String> = []
        var articles = false, labels = false
        var sitemap: Set<Int64>? = []
        for outcome in outcomes {
            articles = articles || outcome.changedArticles
            labels = labels || outcome.labelChanged
            sitemap = SourceOutcome.merging(outcome.sitemapHolders, into: sitemap)
            if outcome.changedArticles || outcome.labelChanged { sources.insert(outcome.sourceID) }
        }
        return .changed(sources: sources, articles: articles, labels: labels, sitemap: sitemap)
    }

    /// The stored states of `sources`: one query for all of them, one lookup each for a few named ones.
    private func fetchStates(of sources: [SourceSpec], all: Bool) throws -> [String: SourceFetchState] {
        if all { return try store.fetchStates() }
        var states: [String: SourceFetchState] = [:]
        for source in sources { states[source.id] = try store.fetchState(sourceID: source.id) }
        return states
    }

    private func selectedSources(_ ids: [String]) throws(EngineError) -> [SourceSpec] {
        guard !ids.isEmpty else { return configuration.sources }
        return try ids.map { id throws(EngineError) in
            guard let source = configuration.source(id: id) else {
                throw EngineError(step: "select", kind: .usage, reason: "no source with id '\(id)' in \(configuration.path)")
            }
            return source
        }
    }

    private func poll(_ sources: [SourceSpec], states: [String: SourceFetchState]) async throws -> [SourceOutcome] {
        // Enough sources at once to keep every transfer slot busy while others parse and store, but not
        // all of them: each one in flight holds its body, parsed feed and articles in memory. Half of them
        // may wait for their batch to commit.
        let inFlight = max(4, configuration.fetch.concurrency * 2)
        let poller = SourcePoller(fetcher: fetcher, store: store, ids: AtomIDs(baseURL: configuration.site.baseURL),
                                  logger: logger, now: now, writeBatchSize: inFlight / 2)
        return await withTaskGroup(of: (Int, SourceOutcome).self) { group in
            var outcomes = [SourceOutcome?](repeating: nil, count: sources.count)
            for (index, source) in sources.enumerated() {
                if index >= inFlight, let (done, outcome) = await group.next() { outcomes[done] = outcome }
                group.addTask { (index, await poller.poll(source, state: states[source.id])) }
            }
            for await (index, outcome) in group { outcomes[index] = outcome }
            return outcomes.compactMap { $0 }
        }
    }

    private func step(_ name: String, _ report: inout Report,
                      _ body: (inout Report) async throws -> Void) async throws(EngineError) {
        let started = ContinuousClock.now
        logger.debug("step \(name)")
        do {
            try await body(&report)
        } catch let error as EngineError {
            throw error
        } catch {
            throw EngineError(step: name, kind: .io, reason: "\(error)")
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        report.stepSeconds.append((name, seconds))
        logger.debug("step \(name) took \(String(format: "%.1f", seconds * 1000)) ms")
    }
}
