import Foundation
import NewswireModel
import NewswireStore

/// One row of `newswire status`: what the store knows about polling a source.
public struct SourceStatus: Sendable, Equatable, Codable {
    public var id: String
    public var url: String
    public var lastAttempt: Date?
    public var lastSuccess: Date?
    public var httpStatus: Int?
    /// Articles listed by the last successful parse.
    public var articles: Int
    public var consecutiveFailures: Int
    public var nextDue: Date?
    public var lastError: String?

    /// Never polled, or its last poll failed.
    public var state: String {
        if lastAttempt == nil { return "new" }
        return consecutiveFailures > 0 ? "failing" : "ok"
    }

    /// The rows of every configured source, in config order.
    public static func rows(configuration: Configuration, states: [String: SourceFetchState]) -> [SourceStatus] {
        configuration.sources.map { source in
            // A state of an earlier URL of this source says nothing about the current one.
            let state = states[source.id].flatMap { $0.url == source.url ? $0 : nil }
            return SourceStatus(
                id: source.id, url: source.url, lastAttempt: state?.lastAttempt, lastSuccess: state?.lastSuccess,
                httpStatus: state?.httpStatus, articles: state?.itemCount ?? 0,
                consecutiveFailures: state?.consecutiveFailures ?? 0, nextDue: state?.nextPoll,
                lastError: state?.lastError)
        }
    }

    /// `N sources: X ok, Y failing, Z never polled`.
    public static func summary(_ rows: [SourceStatus]) -> String {
        let failing = rows.filter { $0.state == "failing" }.count, new = rows.filter { $0.state == "new" }.count
        return "\(rows.count) sources: \(rows.count - failing - new) ok, \(failing) failing, \(new) never polled"
    }
}
