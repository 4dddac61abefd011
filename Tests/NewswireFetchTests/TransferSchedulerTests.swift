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

@Suite struct TransferSchedulerQueueTests {
    @Test func keepsArrivalOrderAcrossManyReleases() {
        var scheduler = TransferScheduler<Int>(concurrency: 4, perHost: 1)
        for job in 0..<5_000 { scheduler.enqueue(job, host: "h\(job % 3)") }
        var order: [Int] = []
        while scheduler.waitingCount > 0 || scheduler.activeCount > 0 {
            let released = scheduler.release()
            order += released.map(\.job)
            for entry in released { scheduler.finish(host: entry.host) }
        }
        #expect(order == Array(0..<5_000))
    }

    @Test func skipsABusyHostWithoutLosingItsJobs() {
        var scheduler = TransferScheduler<Int>(concurrency: 10, perHost: 1)
        for (job, host) in [(1, "a"), (2, "a"), (3, "b"), (4, "a"), (5, "c")] { scheduler.enqueue(job, host: host) }

        let first = scheduler.release().map(\.job)
        scheduler.finish(host: "a")
        let second = scheduler.release().map(\.job)
        let removed = scheduler.removeWaiting { $0 == 4 }

        #expect(first == [1, 3, 5])
        #expect(second == [2])
        #expect(removed == [4])
        #expect(scheduler.waitingCount == 0)
        #expect(scheduler.removeAllWaiting().isEmpty)
    }
}
