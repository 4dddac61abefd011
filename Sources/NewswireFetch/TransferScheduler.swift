import Foundation

/// FIFO queue of waiting jobs that releases them within a global and a per-host limit.
///
/// Confined to the worker thread; libcurl's own `MAX_HOST_CONNECTIONS` queue stalled in
/// measurements, so the limits are kept here.
struct TransferScheduler<Job> {
    let concurrency: Int
    let perHost: Int
    /// Waiting jobs in arrival order; released ones leave a nil behind, and the nils before `head` are
    /// dropped now and then. Releasing thus copies no job, where rebuilding the queue each time was
    /// quadratic with thousands of sources waiting.
    private var slots: [(host: String, job: Job)?] = []
    private var head = 0
    private(set) var waitingCount = 0
    private(set) var activeCount = 0
    private var activePerHost: [String: Int] = [:]

    /// Queue slots held, released ones included: bounded by the jobs waiting at once, since the queue is
    /// compacted as its head advances.
    var slotCount: Int { slots.count }
    /// Hosts with an active job.
    var hostCount: Int { activePerHost.count }

    init(concurrency: Int, perHost: Int) {
        self.concurrency = max(1, concurrency)
        self.perHost = max(1, perHost)
    }

    mutating func enqueue(_ job: Job, host: String) {
        slots.append((host, job))
        waitingCount += 1
    }

    /// Removes and returns, oldest first, every waiting job that fits the limits now; marks them active.
    mutating func release() -> [(host: String, job: Job)] {
        guard activeCount < concurrency, waitingCount > 0 else { return [] }
        var released: [(host: String, job: Job)] = []
        var index = head
        while index < slots.count, activeCount < concurrency {
            if let entry = slots[index], activePerHost[entry.host, default: 0] < perHost {
                activeCount += 1
                activePerHost[entry.host, default: 0] += 1
                released.append(entry)
                slots[index] = nil
                waitingCount -= 1
            }
            index += 1
        }
        compact()
        return released
    }

    private mutating func compact() {
        while head < slots.count, slots[head] == nil { head += 1 }
        if head == slots.count {
            slots.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 64, head * 2 >= slots.count {
            slots.removeFirst(head)
            head = 0
        }
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
        for index in head..<slots.count {
            guard let entry = slots[index], predicate(entry.job) else { continue }
            removed.append(entry.job)
            slots[index] = nil
            waitingCount -= 1
        }
        compact()
        return removed
    }

    /// Empties the waiting queue and returns its jobs.
    mutating func removeAllWaiting() -> [Job] {
        defer {
            slots = []
            head = 0
            waitingCount = 0
        }
        return slots[head...].compactMap { $0?.job }
    }
}
