import Foundation
import NewswireTestSupport

/// An RSS feed on the test server whose items and status a test changes while a daemon polls it;
/// it records when each request arrived.
final class ServedFeed: @unchecked Sendable {
    private let lock = NSLock()
    private var titles: [String]
    private var status = 200
    private var arrivals: [ContinuousClock.Instant] = []

    /// Serves the items `titles` (newest first) at `path`.
    init(server: TestHTTPServer, path: String, titles: [String], status: Int = 200) {
        self.titles = titles
        self.status = status
        // The server keeps the feed alive; the feed does not hold the server.
        server.route(path) { [self] _ in
            let (titles, status) = self.lock.withLock {
                self.arrivals.append(.now)
                return (self.titles, self.status)
            }
            guard status == 200 else { return .text("trouble", status: status) }
            return .text(Self.rss(titles), contentType: "application/rss+xml")
        }
    }

    /// Serves these items from now on.
    func set(titles: [String]) { lock.withLock { self.titles = titles } }

    /// Answers with this status from now on (non-200 answers carry no feed).
    func set(status: Int) { lock.withLock { self.status = status } }

    /// When each request arrived.
    var requestTimes: [ContinuousClock.Instant] { lock.withLock { arrivals } }

    static func rss(_ titles: [String]) -> String {
        let items = titles.enumerated().map { index, title in
            let slug = title.lowercased().replacingOccurrences(of: " ", with: "-")
            return "<item><guid>https://news.example/\(slug)</guid><title>\(title)</title>"
                + "<link>https://news.example/\(slug)</link>"
                + "<pubDate>Thu, 26 Dec 2024 \(String(format: "%02d", 10 + titles.count - index)):00:00 GMT</pubDate></item>"
        }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Served</title><link>https://news.example/</link>
            \(items)
            </channel></rss>
            """
    }
}
