import Foundation

/// A real HTTP/1.1 server on 127.0.0.1 with an ephemeral port, one thread per connection.
///
/// Each test starts its own (`let server = try TestHTTPServer()`), adds routes, and calls
/// `stop()` (deinit stops it too). Every response closes its connection; unknown paths answer 404.
///
/// ```swift
/// let server = try TestHTTPServer()
/// defer { server.stop() }
/// server.route("/feed.xml") { request in
///     request.header("If-None-Match") == "\"v1\"" ? TestHTTPResponse(status: 304)
///         : .text(xml, contentType: "application/rss+xml", headers: [("ETag", "\"v1\"")])
/// }
/// // fetch server.url("/feed.xml"), then check server.requests(to: "/feed.xml")
/// ```
public final class TestHTTPServer: Sendable {
    /// What a route computes from a request.
    public typealias Handler = @Sendable (TestHTTPRequest) -> TestHTTPResponse

    private let core: HTTPServerCore

    /// Binds 127.0.0.1 on a free port and starts accepting.
    public init() throws {
        core = try HTTPServerCore()
    }

    deinit {
        core.stop()
    }

    /// The port the server listens on.
    public var port: UInt16 { core.port }

    /// `http://127.0.0.1:PORT`
    public var baseURL: String { core.baseURL }

    /// The absolute URL of `path` (which starts with `/`) on this server.
    public func url(_ path: String) -> String { core.url(path) }

    /// Answers requests whose path (without query) is `path`; a later route replaces an earlier one.
    public func route(_ path: String, _ handler: @escaping Handler) { core.route(path, handler) }

    /// Every request received so far, in arrival order.
    public var requests: [TestHTTPRequest] { core.requests }

    /// The requests received for `path` (without query).
    public func requests(to path: String) -> [TestHTTPRequest] { core.requests(to: path) }

    /// The most requests that were being handled at one time (received, not yet answered).
    public var maxConcurrentRequests: Int { core.maxConcurrentRequests }

    /// Stops accepting, interrupts slow and endless responses, and waits (at most 5 s) for the
    /// connection threads to end. Idempotent.
    public func stop() { core.stop() }
}
