import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The listening socket, its threads and the recorded state behind `TestHTTPServer`.
///
/// The threads hold this object, not the wrapper, so the wrapper's deinit can stop them.
final class HTTPServerCore: @unchecked Sendable {
    typealias Handler = TestHTTPServer.Handler

    struct State {
        var routes: [String: Handler] = [:]
        var requests: [TestHTTPRequest] = []
        var inFlight = 0
        var maxInFlight = 0
        var openSockets: Set<Int32> = []
        var connectionThreads = 0
        var acceptLoopExited = false
        var stopping = false
    }

    /// The port the server listens on.
    let port: UInt16
    private let listener: Int32
    let state = NSCondition()
    var shared = State()

    /// Binds 127.0.0.1 on a free port and starts accepting.
    init() throws {
        listener = try SocketAddress.boundLoopbackSocket()
        guard listen(listener, 128) == 0 else {
            let error = SocketError(operation: "listen", code: errno)
            close(listener)
            throw error
        }
        port = SocketAddress.port(of: listener)
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "test-http-accept"
        thread.start()
    }

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
    func stop() {
        state.lock()
        let first = !shared.stopping
        shared.stopping = true
        for socket in shared.openSockets { shutdown(socket, Int32(SHUT_RDWR)) }
        state.broadcast()
        state.unlock()
        guard first else { return }
        // Wakes the thread blocked in accept().
        shutdown(listener, Int32(SHUT_RDWR))
        let deadline = Date().addingTimeInterval(5)
        state.lock()
        while !(shared.acceptLoopExited && shared.connectionThreads == 0) {
            if !state.wait(until: deadline) { break }
        }
        state.unlock()
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let socket = accept(listener, nil, nil)
            if socket < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                break
            }
            state.lock()
            if shared.stopping {
                state.unlock()
                close(socket)
                break
            }
            shared.openSockets.insert(socket)
            shared.connectionThreads += 1
            state.unlock()
            let thread = Thread { [self] in serve(socket) }
            thread.name = "test-http-connection"
            thread.start()
        }
        state.withLock {
            shared.acceptLoopExited = true
            state.broadcast()
        }
    }

    /// Waits until `delay` seconds passed or the server stops; returns false when it stopped.
    func pause(seconds delay: Double) -> Bool {
        let deadline = Date().addingTimeInterval(delay)
        state.lock()
        defer { state.unlock() }
        while !shared.stopping {
            if !state.wait(until: deadline) { return true }
        }
        return false
    }

    var isStopping: Bool { state.withLock { shared.stopping } }
}
