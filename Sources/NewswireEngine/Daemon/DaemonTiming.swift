import Foundation

/// How often the loop wakes and how renders are debounced.
public struct DaemonTiming: Sendable {
    /// The loop's wake-up period (shorter when the watchdog needs it).
    public var tick: Duration = .milliseconds(250)
    /// A render starts once no poll changed anything for this long…
    public var renderQuiet: Double = 0.5
    /// …or this long after the first change it waits for.
    public var renderMaxDelay: Double = 5
    /// Seconds before a failed render is tried again.
    public var renderRetry: Double = 10
    /// Seconds between rewrites of `metrics.prom` (besides after each render).
    public var metricsPeriod: Double = 15
    /// Seconds between prunes of articles past retention.
    public var prunePeriod: Double = 3600
    /// Longest wait for polls in flight at shutdown before they are cancelled, seconds.
    public var shutdownGrace: Double = 5

    /// The production timing.
    public init() {}

    func tick(watchdog: Duration?) -> Duration {
        guard let watchdog else { return tick }
        return min(tick, watchdog / 2)
    }
}
