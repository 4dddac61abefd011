import Foundation

/// FIFO queue of waiting jobs that releases them within a global and a per-host limit.
///
/// Confined to the worker thread; libcurl's own `MAX_HOST_CONNECTIONS` queue stalled in
/// measurements, so the limits are kept here.
struct TransferScheduler<Job> {
    let concurrency: Int
    let perHost: Int
    private var waiting: [(host: String, job: Job)] = []
    private(set) var activeCount = 0
    private var activePerHost: [String: Int] = [:]

    init(concurrency: Int, perHost: Int) {
        self.concurrency = max(1, concurrency)
        self.perHost = max(1, perHost)
    }

    var waitingCount: Int { waiting.count }

    mutating func enqueue(_ job: Job, host: String) {
        waiting.append((host, job))
    }

    /// Removes and returns, oldest first, every waiting job that fits the limits now; marks them active.
    mutating func release() -> [(host: String, job: Job)] {
        guard activeCount < concurrency, !waiting.isEmpty else { return [] }
        var released: [(host: String, job: Job)] = []
        var kept: [(host: String, job: Job)] = []
        var index = 0
        while index < waiting.count, activeCount < concurrency {
            let entry = waiting[index]
            index += 1
            if activePerHost[entry.host, default: 0] < perHost {
                activeCount += 1
                activePerHost[entry.host, default: 0] += 1
                released.append(entry)
            } else {
                kept.append(entry)
            }
        }
        if released.isEmpty { return [] }
        kept.append(contentsOf: waiting[index...])
        waiting = kept
        return released
    }

    /// Marks one active job of `host` as done.
    mutating func finish(host: String) {
        activeCount -= 1
        let remaining = activePerHost[host, default: 1] - 1
        activePerHost[host] = remaining > 0 ? remaining : nil
    }

    /// Removes the waiting jobs matching `predicate` and returns them.
    mutating func removeWaiting(where predicate: (Job) -> Bool) -> [Job] {
        var removed: [Job] = []
        waiting.removeAll { entry in
            guard predicate(entry.job) else { return false }
            removed.append(entry.job)
            return true
        }
        return removed
    }

    /// Empties the waiting queue and returns its jobs.
    mutating func removeAllWaiting() -> [Job] {
        defer { waiting = [] }
        return waiting.map(\.job)
    }
}
