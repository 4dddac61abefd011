import Foundation
import NewswireEngine
import Testing

/// The schedule math: backoff, jitter bounds, and the floors hints impose.
@Suite struct PollScheduleTests {
    let schedule = PollSchedule(interval: 60, jitter: 0.1, maxBackoff: 3600)

    @Test(arguments: [(0, 60.0), (1, 120), (2, 240), (3, 480), (5, 1920), (6, 3600), (7, 3600), (500, 3600)])
    func backoffDoublesUpToTheCap(failures: Int, expected: Double) {
        #expect(schedule.backoff(failures: failures) == expected)
    }

    @Test(arguments: [0.0, 0.25, 0.5, 0.75, 1.0])
    func healthyDelayStaysWithinTheJitterBounds(unit: Double) {
        let delay = schedule.delay(failures: 0, hints: PollHints(), unit: unit)
        #expect(delay >= 54 && delay <= 66)
    }

    @Test func jitterSpansBothEnds() {
        #expect(schedule.delay(failures: 0, hints: PollHints(), unit: 0) == 54)
        #expect(schedule.delay(failures: 0, hints: PollHints(), unit: 1) == 66)
        #expect(schedule.delay(failures: 0, hints: PollHints(), unit: 0.5) == 60)
    }

    @Test(arguments: [0.0, 0.5, 1.0])
    func backoffWithJitterNeverPassesMaxBackoff(unit: Double) {
        let delay = schedule.delay(failures: 20, hints: PollHints(), unit: unit)
        #expect(delay >= 3240 && delay <= 3600)
    }

    @Test func noJitterIsExact() {
        let exact = PollSchedule(interval: 1, jitter: 0, maxBackoff: 4)
        #expect([0, 1, 2, 3].map { exact.delay(failures: $0, hints: PollHints(), unit: 0.9) } == [1, 2, 4, 4])
    }

    /// (hints, failing, expected floor): ttl and max-age count after a success, Retry-After always.
    @Test(arguments: [
        (PollHints(ttl: 600), false, 600.0),
        (PollHints(maxAge: 300), false, 300),
        (PollHints(ttl: 600, maxAge: 900), false, 900),
        (PollHints(ttl: 600), true, 0),
        (PollHints(retryAfter: 120), true, 120),
        (PollHints(ttl: 30, retryAfter: 45), false, 45),
        (PollHints(ttl: 10 * 86_400), false, 86_400),
    ])
    func hintsSetAFloor(hints: PollHints, failing: Bool, expected: Double) {
        #expect(schedule.floor(hints: hints, failing: failing) == expected)
    }

    @Test func ttlLongerThanTheIntervalWins() {
        #expect(schedule.delay(failures: 0, hints: PollHints(ttl: 1800), unit: 1) == 1800)
    }

    @Test func retryAfterLongerThanTheBackoffWins() {
        #expect(schedule.delay(failures: 1, hints: PollHints(retryAfter: 7200), unit: 0) == 7200)
    }

    @Test func shortHintsDoNotShortenTheInterval() {
        #expect(schedule.delay(failures: 0, hints: PollHints(ttl: 5, maxAge: 5, retryAfter: 5), unit: 0.5) == 60)
    }

    @Test func nextDueAddsTheDelay() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        #expect(schedule.nextDue(after: now, failures: 1, hints: PollHints(), unit: 0.5) == now.addingTimeInterval(120))
    }
}
