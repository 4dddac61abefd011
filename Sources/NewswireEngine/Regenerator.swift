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
        try await step("poll", &report) { report in
            report.outcomes = options.offline
                ? sources.map { SourceOutcome(sourceID: $0.id, url: $0.url, result: .skipped) }
                : try await poll(sources)
        }
        try await step("prune", &report) { report in
            report.pruned = try store.prune(olderThan: now().addingTimeInterval(-configuration.output.retention))
        }
        try await step("render", &report) { report in
            report.render = try SiteRenderer(configuration: configuration, store: store)
                .renderAll(sweepTempFiles: options.sweepTempFiles)
        }
        return report
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

    private func poll(_ sources: [SourceSpec]) async throws -> [SourceOutcome] {
        let states = try store.fetchStates()
        let poller = SourcePoller(fetcher: fetcher, store: store, ids: AtomIDs(baseURL: configuration.site.baseURL),
                                  logger: logger, now: now)
        return await withTaskGroup(of: (Int, SourceOutcome).self) { group in
            for (index, source) in sources.enumerated() {
                group.addTask { (index, await poller.poll(source, state: states[source.id])) }
            }
            var outcomes = [SourceOutcome?](repeating: nil, count: sources.count)
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
        report.stepSeconds.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
    }
}
