import Dispatch
import Foundation

/// Threads of their own for work that blocks in system calls (a render reads the store and fsyncs every file
/// it writes): the pools of Dispatch and Swift concurrency hold one thread per core, so a thread waiting for
/// the disk there would leave a core idle, and async code must never wait for one.
enum WorkerThreads {
    /// Runs `body` on a new thread; the calling task is suspended, not blocked, until it returns.
    static func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }


    /// Calls `job` once for each of `0..<count`, on up to `width` threads at a time, the caller's among them
    /// (never call it from async code).
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
