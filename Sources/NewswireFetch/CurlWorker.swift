import CCurl
import Foundation
import NewswireModel

/// Owns one curl multi handle and the OS thread that drives it.
///
/// Callers on any thread talk to it only through the lock-protected `shared` state plus
/// `curl_multi_wakeup`; everything below `// Worker thread only` is touched by the thread alone.
final class CurlWorker: @unchecked Sendable {
    private struct Shared {
        var inbox: [CurlJob] = []
        var cancellations: [UInt64] = []
        /// Every fetch from its id to its end, and no longer: a cancellation that comes after the end
        /// finds nothing and leaves nothing behind.
        var jobs: [UInt64: JobState] = [:]
        /// The worker thread's tables as of its last turn.
        var tables = FetcherTables()
        var nextID: UInt64 = 0
        var stopRequested = false
        /// Set by the thread before it frees the multi handle: no wakeup may follow.
        var closed = false
        var exited = false
    }

    private enum JobState {
        /// Given an id, not in the inbox yet.
        case registered
        /// Cancelled while registered: its job fails as it arrives.
        case cancelledEarly
        /// In the inbox or on the worker thread.
        case submitted
    }

    private let lock = NSCondition()
    private var shared = Shared()
    private let multi: UnsafeMutableRawPointer
    private let limits: FetchSettings
    private let userAgent: String
    private var thread: Thread?

    // Worker thread only.
    private var scheduler: TransferScheduler<CurlJob>
    private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]

    init(limits: FetchSettings, userAgent: String) {
        _ = newswire_curl_global_init()
        guard let multi = curl_multi_init() else { fatalError("curl_multi_init failed: out of memory") }
        self.multi = multi
        self.limits = limits
        self.userAgent = userAgent
        scheduler = TransferScheduler(concurrency: limits.concurrency, perHost: limits.perHost)
    }

    func start() {
        // Weak: the thread keeps its closure, and a strong self would make worker and thread a cycle.
        let thread = Thread { [weak self] in self?.run() }
        thread.name = "newswire-curl"
        self.thread = thread
        thread.start()
    }

    // MARK: - Callers

    func fetch(_ request: FetchRequest) async -> Result<FetchResponse, FetchError> {
        let id = lock.withLock {
            shared.nextID += 1
            shared.jobs[shared.nextID] = .registered
            return shared.nextID
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                submit(CurlJob(id: id, request: request, continuation: continuation))
            }
        } onCancel: {
            cancel(id)
        }
    }

    private func submit(_ job: CurlJob) {
        lock.lock()
        if shared.jobs[job.id] == .cancelledEarly {
            shared.jobs[job.id] = nil
            lock.unlock()
            return job.fail(.cancelled, "cancelled")
        }
        if shared.stopRequested || shared.closed {
            shared.jobs[job.id] = nil
            lock.unlock()
            return job.fail(.other, "fetcher is shut down")
        }
        // A non-empty inbox already has a wakeup pending: the thread empties it before it waits again.
        let wake = shared.inbox.isEmpty
        shared.inbox.append(job)
        shared.jobs[job.id] = .submitted
        if wake { curl_multi_wakeup(multi) }
        lock.unlock()
    }

    private func cancel(_ id: UInt64) {
        lock.lock()
        if let index = shared.inbox.firstIndex(where: { $0.id == id }) {
            let job = shared.inbox.remove(at: index)
            shared.jobs[id] = nil
            lock.unlock()
            return job.fail(.cancelled, "cancelled")
        }
        switch shared.jobs[id] {
        case .submitted:
            shared.cancellations.append(id)
            if !shared.closed { curl_multi_wakeup(multi) }
        case .registered:
            shared.jobs[id] = .cancelledEarly
        case .cancelledEarly, nil:
            break
        }
        lock.unlock()
    }

    /// Fails every queued and running transfer and waits for the thread to end (idempotent).
    func stop() {
        lock.lock()
        shared.stopRequested = true
        if !shared.closed { curl_multi_wakeup(multi) }
        let onWorker = Thread.current === thread
        while !shared.exited && !onWorker && thread != nil {
            lock.wait()
        }
        lock.unlock()
    }

    /// Sizes of the fetcher's tables, as the worker thread last saw them.
    var tables: FetcherTables { lock.withLock { shared.tables } }

    // MARK: - Worker thread

    private func run() {
        while true {
            let (jobs, cancellations, stop) = lock.withLock {
                // Stopping: leave the inbox for close() to fail (taking it here would lose its jobs).
                if shared.stopRequested { return ([CurlJob](), [UInt64](), true) }
                defer {
                    shared.inbox = []
                    shared.cancellations = []
                    shared.tables = FetcherTables(jobs: shared.jobs.count, queueSlots: scheduler.slotCount,
                                                  hosts: scheduler.hostCount, transfers: active.count)
                }
                return (shared.inbox, shared.cancellations, shared.stopRequested)
            }
            if stop { break }
            for job in jobs { scheduler.enqueue(job, host: CurlJob.hostKey(of: job.request.url)) }
            for id in cancellations { cancelTransfer(id) }
            startReleased()
            var running: Int32 = 0
            curl_multi_perform(multi, &running)
            let completed = collectCompleted()
            if completed > 0, scheduler.waitingCount > 0 { continue }
            curl_multi_poll(multi, nil, 0, 1000, nil)
        }
        close()
    }

    private func startReleased() {
        for (host, job) in scheduler.release() {
            guard let transfer = CurlTransfer(job: job, host: host, limits: limits, userAgent: userAgent) else {
                finish(job, host: host, .failure(FetchError(kind: .other, url: job.request.url,
                                                            message: "libcurl could not create a handle")))
                continue
            }
            active[transfer.easy] = transfer
            curl_multi_add_handle(multi, transfer.easy)
        }
    }

    private func collectCompleted() -> Int {
        var completed = 0
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle,
                  let transfer = active.removeValue(forKey: easy) else { continue }
            let code = message.pointee.data.result
            curl_multi_remove_handle(multi, easy)
            finish(transfer.job, host: transfer.host, transfer.result(code: code))
            completed += 1
        }
        return completed
    }

    private func cancelTransfer(_ id: UInt64) {
        for job in scheduler.removeWaiting(where: { $0.id == id }) {
            markDone(job.id)
            job.fail(.cancelled, "cancelled")
        }
        guard let (easy, transfer) = active.first(where: { $0.value.job.id == id }) else { return }
        active[easy] = nil
        curl_multi_remove_handle(multi, easy)
        finish(transfer.job, host: transfer.host,
               .failure(FetchError(kind: .cancelled, url: transfer.job.request.url, message: "cancelled")))
    }

    private func finish(_ job: CurlJob, host: String, _ result: Result<FetchResponse, FetchError>) {
        scheduler.finish(host: host)
        markDone(job.id)
        job.finish(result)
    }

    private func markDone(_ id: UInt64) {
        lock.withLock { shared.jobs[id] = nil }
    }

    private func close() {
        let leftovers = lock.withLock {
            shared.closed = true
            defer {
                shared.inbox = []
                shared.jobs = [:]
            }
            return shared.inbox
        }
        for job in leftovers + scheduler.removeAllWaiting() { job.fail(.other, "fetcher is shut down") }
        for (easy, transfer) in active {
            curl_multi_remove_handle(multi, easy)
            transfer.job.fail(.other, "fetcher is shut down")
        }
        active = [:]
        curl_multi_cleanup(multi)
        lock.withLock {
            shared.exited = true
            lock.broadcast()
        }
    }
}
