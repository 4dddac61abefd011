import Foundation
import NewswireModel
import NewswireStore

/// One row of `newswire status`: what the store knows about polling a source.
public struct SourceStatus: Sendable, Equatable, Encodable {
    /// The source id.
    public var id: String
    /// The configured URL.
    public var url: String
    /// When it was last polled.
    public var lastAttempt: Date?
    /// When a poll last succeeded.
    public var lastSuccess: Date?
    /// The last HTTP status.
    public var httpStatus: Int?
    /// Articles listed by the last successful parse.
    public var articles: Int
    /// Failed polls since the last success.
    public var consecutiveFailures: Int
    /// When the daemon polls it next.
    public var nextDue: Date?
    /// Why the last poll failed, if it did.
    public var lastError: String?

    private enum CodingKeys: String, CodingKey {
        case id, url, state, lastAttempt, lastSuccess, httpStatus, articles, consecutiveFailures, nextDue, lastError
    }

    /// Every key, `null` when unknown, so a JSON reader always finds the same fields.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(url, forKey: .url)
        try container.encode(state, forKey: .state)
        try container.encode(lastAttempt, forKey: .lastAttempt)
        try container.encode(lastSuccess, forKey: .lastSuccess)
        try container.encode(httpStatus, forKey: .httpStatus)
        try container.encode(articles, forKey: .articles)
        try container.encode(consecutiveFailures, forKey: .consecutiveFailures)
        try container.encode(nextDue, forKey: .nextDue)
        try container.encode(lastError, forKey: .lastError)
    }

    /// Never polled, or its last poll failed.
    public var state: String {
        if lastAttempt == nil { return "new" }
        return consecutiveFailures > 0 ? "failing" : "ok"
    }

    /// The rows of every configured source, in config order.
    public static func rows(configuration: Configuration, states: [String: SourceFetchState]) -> [SourceStatus] {
        configuration.sources.map { source in
            // A state of an earlier URL of this source says nothing about the current one.
            let state = states[source.id].flatMap { $0.url == CredentialMask.masked(source.url) ? $0 : nil }
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
