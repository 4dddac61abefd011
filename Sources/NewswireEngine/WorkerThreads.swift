import Dispatch
import Foundation

/// Runs jobs on a fixed number of threads, the caller's among them, and returns once all are done.
/// For work that blocks in system calls (a feed file's fsync): the pools of Dispatch and Swift
/// concurrency hold one thread per core, so a thread waiting for the disk would leave a core idle.
enum WorkerThreads {
    /// Calls `job` once for each of `0..<count`, on up to `width` threads at a time.
    static func run(count: Int, width: Int, _ job: @escaping @Sendable (Int) -> Void) {
        let counter = JobCounter(count: count)
        let loop: @Sendable () -> Void = {
            while let index = counter.take() { job(index) }
        }
        let done = DispatchGroup()
        for _ in 1..<max(1, min(width, count)) {
            done.enter()
            Thread {
                loop()
                done.leave()
            }.start()
        }
        loop()
        done.wait()
    }
}

/// Hands out job indices, each once.
private final class JobCounter: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    /// Guarded by `lock`.
    private var next = 0

    init(count: Int) {
        self.count = count
    }

    func take() -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
