import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The routes, recorded requests and listener behind `TestHTTPServer`.
///
/// The wrapper owns this object and stops it in its deinit; the threads hold it only weakly.
final class HTTPServerCore: @unchecked Sendable {
    typealias Handler = TestHTTPServer.Handler

    struct State {
        var routes: [String: Handler] = [:]
        var requests: [TestHTTPRequest] = []
        var inFlight = 0
        var maxInFlight = 0
    }

    private let tcp: TCPListener
    let state = NSLock()
    var shared = State()

    /// Binds 127.0.0.1 on a free port and starts accepting.
    init() throws {
        tcp = try TCPListener(backlog: 128, stopTimeout: 5)
        tcp.start(name: "test-http") { [weak self] socket in self?.serve(socket) }
    }

    /// The port the server listens on.
    var port: UInt16 { tcp.port }

    /// `http://127.0.0.1:PORT`
    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// The absolute URL of `path` (which starts with `/`) on this server.
    func url(_ path: String) -> String { baseURL + path }

    /// Answers requests whose path (without query) is `path`; a later route replaces an earlier one.
    func route(_ path: String, _ handler: @escaping Handler) {
        state.withLock { shared.routes[path] = handler }
    }

    /// Every request received so far, in arrival order.
    var requests: [TestHTTPRequest] {
        state.withLock { shared.requests }
    }

    /// The requests received for `path` (without query).
    func requests(to path: String) -> [TestHTTPRequest] {
        requests.filter { $0.path == path }
    }

    /// The most requests that were being handled at one time (received, not yet answered).
    var maxConcurrentRequests: Int {
        state.withLock { shared.maxInFlight }
    }

    /// Stops accepting, interrupts slow and endless responses, and waits (at most 5 s) for the
    /// connection threads to end. Idempotent.
    func stop() { tcp.stop() }

    /// Waits until `delay` seconds passed or the server stops; returns false when it stopped.
    func pause(seconds delay: Double) -> Bool { tcp.pause(seconds: delay) }

    var isStopping: Bool { tcp.isStopping }
}
