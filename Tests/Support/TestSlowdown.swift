import Foundation

/// How many times slower than a normal debug build the code under test runs: the integer in
/// `NEWSWIRE_TEST_SLOWDOWN` (scripts/test-sanitizers sets it for the sanitized runs), else 1.
/// Deadlines are only there to turn a hang into a failure, so they stretch by it; the few
/// hostile cases that are slow because of their sheer size shrink by it instead.
public enum TestSlowdown {
    /// The factor, at least 1.
    public static let factor: Int = ProcessInfo.processInfo.environment["NEWSWIRE_TEST_SLOWDOWN"]
        .flatMap { Int($0) }.map { max(1, $0) } ?? 1

    /// `deadline` moved so that the time left until it is `factor` times as long.
    public static func stretched(_ deadline: ContinuousClock.Instant) -> ContinuousClock.Instant {
        factor == 1 ? deadline : .now + (deadline - .now) * factor
    }

    /// `seconds` times `factor`: a timeout or stall that must outlast the code under test.
    public static func seconds(_ seconds: Int) -> Int { seconds * factor }

    /// `count` divided by `factor`: the size of a case that only tests volume.
    public static func count(_ count: Int) -> Int { count / factor }
}
