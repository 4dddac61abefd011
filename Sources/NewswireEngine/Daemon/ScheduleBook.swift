import Foundation
import HeapModule
import NewswireModel
import NewswireStore

/// The daemon's schedule: every source's next due time and failure count, and what is in flight.
/// Hands out due sources oldest-due first within the global `concurrency` and the `per_host` bound.
public struct ScheduleBook: Sendable {
    /// One scheduled source.
    public struct Entry: Sendable {
        /// The source as configured now.
        public var source: SourceSpec
        /// Its interval, jitter and backoff cap.
        public var schedule: PollSchedule
        /// When it is polled next.
        public var due: Date
        /// Consecutive failed polls.
        public var failures: Int
        /// The last `ttl` the feed declared (a 304 repeats none).
        public var ttl: Double?
        /// When a poll last succeeded.
        public var lastSuccess: Date?
        /// A poll of it is running.
        public var inFlight = false
        /// Lower-cased host of the URL (`file` for local files).
        public var host: String
    }

    /// When a source not in flight is due; the book's queue holds one for each, plus outdated ones that
    /// `dropOutdated` discards as they reach the top.
    struct Due: Comparable {
        var due: Date
        /// Config position: equal due times go in config order.
        var position: Int
        var id: String

        static func < (lhs: Due, rhs: Due) -> Bool {
            (lhs.due, lhs.position) < (rhs.due, rhs.position)
        }
    }

    /// Every scheduled source by id.
    public private(set) var entries: [String: Entry] = [:]
    /// Sources not in flight, soonest due first: taking the due ones costs their number, not a scan and a
    /// copy of every entry (at 10,000 sources the scan cost more than the polls it handed out).
    private var queue = Heap<Due>()
    private var positions: [String: Int] = [:]
    /// Source ids in config order.
    public private(set) var order: [String] = []
    var concurrency: Int
    var perHost: Int
    private var inFlightByHost: [String: Int] = [:]
    /// Hosts with a poll running.
    public var hostsInFlight: Int { inFlightByHost.count }
    /// Polls running now.
    public private(set) var inFlightCount = 0

    /// An empty book with these bounds (at least 1 each).
    public init(concurrency: Int, perHost: Int) {
        self.concurrency = max(concurrency, 1)
        self.perHost = max(perHost, 1)
    }

    /// Takes the sources of `configuration`: new ones are due at their stored `next_poll` (a past one
    /// spread over the jitter window) or now; a changed URL is due now; removed ones leave.
    public mutating func apply(_ configuration: Configuration, states: [String: SourceFetchState], now: Date,
                               unit: () -> Double = { Double.random(in: 0...1) }) {
        concurrency = max(configuration.fetch.concurrency, 1)
        perHost = max(configuration.fetch.perHost, 1)
        var next: [String: Entry] = [:]
        for source in configuration.sources {
            let schedule = PollSchedule(source: source, poll: configuration.poll)
            if var entry = entries[source.id], entry.source.url == source.url {
                entry.source = source
                entry.schedule = schedule
                next[source.id] = entry
                continue
            }
            let state = states[source.id].flatMap { $0.url == CredentialMask.masked(source.url) ? $0 : nil }
            // Restarted after a pause: spread what became due meanwhile instead of polling it all at once.
            let spread = min(schedule.interval * schedule.jitter, 60) * unit()
            let due = state?.nextPoll.map { max($0, now.addingTimeInterval(spread)) } ?? now
            next[source.id] = Entry(source: source, schedule: schedule, due: due,
                                    failures: state?.consecutiveFailures ?? 0, ttl: nil,
                                    lastSuccess: state?.lastSuccess, host: Self.host(of: source.url))
            if let old = entries[source.id], old.inFlight { next[source.id]?.inFlight = true }
        }
        entries = next
        order = configuration.sources.map(\.id)
        positions = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        rebuildQueue()
        recountInFlight()
    }

    /// Marks and returns the sources due at `now`, oldest due first, within the bounds.
    public mutating func takeDue(now: Date) -> [SourceSpec] {
        var taken: [SourceSpec] = []
        // Due, but their host is at its bound: back into the queue afterwards.
        var waiting: [Due] = []
        while inFlightCount < concurrency, let top = queue.min, top.due <= now {
            queue.removeMin()
            guard let entry = entries[top.id], !entry.inFlight, entry.due == top.due else { continue }
            guard inFlightByHost[entry.host, default: 0] < perHost else {
                waiting.append(top)
                continue
            }
            entries[top.id]?.inFlight = true
            inFlightByHost[entry.host, default: 0] += 1
            inFlightCount += 1
            taken.append(entry.source)
        }
        queue.insert(contentsOf: waiting)
        return taken
    }

    /// Records the outcome of a poll that ended at `now`; returns the next due time (nil when the
    /// source left the configuration meanwhile).
    @discardableResult
    public mutating func finish(_ outcome: SourceOutcome, now: Date,
                                unit: Double = Double.random(in: 0...1)) -> Date? {
        guard var entry = entries[outcome.sourceID] else { return nil }
        if entry.inFlight {
            entry.inFlight = false
            let remaining = inFlightByHost[entry.host, default: 1] - 1
            inFlightByHost[entry.host] = remaining > 0 ? remaining : nil
            inFlightCount -= 1
        }
        var hints = outcome.hints
        if outcome.failed {
            entry.failures += 1
        } else {
            entry.failures = 0
            entry.lastSuccess = now
            if hints.ttl != nil { entry.ttl = hints.ttl } else { hints.ttl = entry.ttl }
        }
        entry.due = entry.schedule.nextDue(after: now, failures: entry.failures, hints: hints, unit: unit)
        entries[outcome.sourceID] = entry
        queue.insert(Due(due: entry.due, position: positions[outcome.sourceID] ?? 0, id: outcome.sourceID))
        // Outdated items pile up only when a source finishes without being taken (tests do that).
        if queue.count > 2 * entries.count + 64 { rebuildQueue() }
        return entry.due
    }

    /// Items in the due queue: about one per source not in flight.
    public var queueCount: Int { queue.count }

    /// Sources whose last poll failed.
    public var failingCount: Int { entries.values.filter { $0.failures > 0 }.count }

    private mutating func rebuildQueue() {
        var items: [Due] = []
        items.reserveCapacity(entries.count)
        for (id, entry) in entries where !entry.inFlight {
            items.append(Due(due: entry.due, position: positions[id] ?? 0, id: id))
        }
        queue = Heap(items)
    }

    private mutating func recountInFlight() {
        inFlightByHost = [:]
        inFlightCount = 0
        for entry in entries.values where entry.inFlight {
            inFlightByHost[entry.host, default: 0] += 1
            inFlightCount += 1
        }
    }

    static func host(of url: String) -> String {
        guard let components = URLComponents(string: url) else { return url }
        if components.scheme?.lowercased() == "file" { return "file" }
        return components.host?.lowercased() ?? url
    }
}
