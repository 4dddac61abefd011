import Foundation

/// What wakes the daemon's scheduling loop.
enum DaemonEvent: Sendable {
    /// The ticker: time to dispatch due sources, ping the watchdog, start a debounced render.
    case tick
    /// A poll finished.
    case polled(SourceOutcome, started: ContinuousClock.Instant)
    /// A render finished: what it wrote, or why it failed, and how long it took.
    case rendered(Result<SiteRenderer.Report, RenderFailure>, seconds: Double, pruned: Int)
    /// SIGHUP.
    case reload
    /// Graceful shutdown (SIGTERM, SIGINT).
    case shutdown
}

/// A render or prune that threw.
struct RenderFailure: Error, Sendable, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
