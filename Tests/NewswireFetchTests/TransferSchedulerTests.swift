@testable import NewswireFetch
import Testing

@Suite struct TransferSchedulerTests {
    @Test func releasesWithinGlobalAndPerHostLimits() {
        var scheduler = TransferScheduler<Int>(concurrency: 3, perHost: 2)
        for (job, host) in [(1, "a"), (2, "a"), (3, "a"), (4, "b"), (5, "c")] { scheduler.enqueue(job, host: host) }

        let first = scheduler.release().map(\.job)
        scheduler.finish(host: "a")
        let second = scheduler.release().map(\.job)
        scheduler.finish(host: "a")
        let third = scheduler.release().map(\.job)

        #expect(first == [1, 2, 4])
        #expect(second == [3])
        #expect(third == [5])
        #expect(scheduler.waitingCount == 0)
    }

    @Test func removesCancelledWaitingJobs() {
        var scheduler = TransferScheduler<Int>(concurrency: 1, perHost: 1)
        for job in 1...3 { scheduler.enqueue(job, host: "a") }
        _ = scheduler.release()

        let removed = scheduler.removeWaiting { $0 == 3 }

        #expect(removed == [3])
        #expect(scheduler.removeAllWaiting() == [2])
    }
}
