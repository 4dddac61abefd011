import Foundation
import NewswireModel

/// When a source is due next: its interval with jitter, backed off after failures, never sooner
/// than the source or server asked for (`ttl`, `max-age`, `Retry-After`).
public struct PollSchedule: Sendable, Equatable {
    /// Seconds between polls of a healthy source.
    public var interval: Double
    /// Fraction of a delay that may be added or taken away at random, 0...1.
    public var jitter: Double
    /// Longest delay after failures, seconds.
    public var maxBackoff: Double
    /// Longest delay a feed or server hint may impose, seconds (a sanity clamp).
    public var maxHint: Double

    /// A schedule; the interval is at least 1 ms and `maxBackoff` at least the interval.
    public init(interval: Double, jitter: Double, maxBackoff: Double, maxHint: Double = 86_400) {
        self.interval = max(interval, 0.001)
        self.jitter = min(max(jitter, 0), 1)
        self.maxBackoff = max(maxBackoff, self.interval)
        self.maxHint = maxHint
    }

    /// The schedule of `source` under `[poll]` settings.
    public init(source: SourceSpec, poll: PollSettings) {
        self.init(interval: source.interval ?? poll.interval, jitter: poll.jitter, maxBackoff: poll.maxBackoff)
    }

    /// The delay before a failing source is tried again: `interval · 2^failures`, capped at `maxBackoff`.
    public func backoff(failures: Int) -> Double {
        guard failures > 0 else { return interval }
        let exponent = Double(min(failures, 60))
        return min(maxBackoff, interval * pow(2, exponent))
    }

    /// The bounds the jitter keeps a delay within (never above `maxBackoff` once backing off).
    public func jitterBounds(_ delay: Double, failing: Bool) -> ClosedRange<Double> {
        let low = delay * (1 - jitter), high = delay * (1 + jitter)
        return low...(failing ? max(low, min(high, maxBackoff)) : high)
    }

    /// The delay after a poll; `unit` is a random number in 0...1 (0.5 means no jitter).
    public func delay(failures: Int, hints: PollHints, unit: Double) -> Double {
        let base = backoff(failures: failures)
        let bounds = jitterBounds(base, failing: failures > 0)
        let jittered = bounds.lowerBound + (bounds.upperBound - bounds.lowerBound) * min(max(unit, 0), 1)
        return max(jittered, floor(hints: hints, failing: failures > 0))
    }

    /// The shortest delay the hints allow. A feed's `ttl` and `max-age` describe the content, so they
    /// count only after a success; `Retry-After` always counts.
    public func floor(hints: PollHints, failing: Bool) -> Double {
        var floor = 0.0
        if !failing {
            floor = max(floor, hints.ttl ?? 0, hints.maxAge ?? 0)
        }
        floor = max(floor, hints.retryAfter ?? 0)
        return min(floor, maxHint)
    }

    /// The next due time after a poll that ended at `now`.
    public func nextDue(after now: Date, failures: Int, hints: PollHints,
                        unit: Double = Double.random(in: 0...1)) -> Date {
        now.addingTimeInterval(delay(failures: failures, hints: hints, unit: unit))
    }
}
