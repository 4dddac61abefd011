import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A listening socket on 127.0.0.1 with one thread per connection: what `TestHTTPServer` and
/// `RawTCPServer` share. `stop()` shuts every connection down at once and waits (at most
/// `stopTimeout` seconds) for the connection threads, so a slow handler never holds a test up.
final class TCPListener: @unchecked Sendable {
    /// The port it listens on.
    let port: UInt16
    private let listener: Int32
    private let stopTimeout: Double
    private let state = NSCondition()
    private var sockets: Set<Int32> = []
    private var threads = 0
    private var accepted = 0
    private var stopping = false
    private var acceptStarted = false
    private var acceptExited = false

    /// Binds 127.0.0.1 on a free port and listens; `start` begins accepting.
    init(backlog: Int32, stopTimeout: Double) throws {
        self.stopTimeout = stopTimeout
        listener = try SocketAddress.boundLoopbackSocket()
        guard listen(listener, backlog) == 0 else {
            let error = SocketError(operation: "listen", code: errno)
            close(listener)
            throw error
        }
        port = SocketAddress.port(of: listener)
    }

    /// Accepts connections on a thread named `name`; each runs `serve` on its own thread and is
    /// closed when `serve` returns.
    func start(name: String, serve: @escaping @Sendable (Int32) -> Void) {
        state.withLock { acceptStarted = true }
        let thread = Thread { [self] in acceptLoop(name: name, serve: serve) }
        thread.name = name + "-accept"
        thread.start()
    }

    /// How many connections were accepted so far.
    var acceptedCount: Int { state.withLock { accepted } }

    var isStopping: Bool { state.withLock { stopping } }

    /// Waits `seconds` or until the listener stops; false when it stopped.
    func pause(seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        state.lock()
        defer { state.unlock() }
        while !stopping {
            if !state.wait(until: deadline) { return true }
        }
        return false
    }

    /// Stops accepting, shuts every connection down and waits for the threads. Idempotent.
    func stop() {
        state.lock()
        let first = !stopping
        stopping = true
        for socket in sockets { shutdown(socket, Int32(SHUT_RDWR)) }
        state.broadcast()
        state.unlock()
        guard first else { return }
        // Wakes the thread blocked in accept().
        shutdown(listener, Int32(SHUT_RDWR))
        let deadline = Date().addingTimeInterval(stopTimeout)
        state.lock()
        // The accept thread must be gone before the descriptor is closed: a socket opened later (by
        // another test) could reuse the number, and a late accept() would take its connections.
        while acceptStarted && !acceptExited { state.wait() }
        while threads > 0 {
            if !state.wait(until: deadline) { break }
        }
        state.unlock()
        close(listener)
    }

    private func acceptLoop(name: String, serve: @escaping @Sendable (Int32) -> Void) {
        while true {
            let socket = accept(listener, nil, nil)
            if socket < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                break
            }
            state.lock()
            if stopping {
                state.unlock()
                close(socket)
                break
            }
            sockets.insert(socket)
            threads += 1
            accepted += 1
            state.unlock()
            let thread = Thread { [self] in
                serve(socket)
                state.withLock {
                    sockets.remove(socket)
                    close(socket)
                    threads -= 1
                    state.broadcast()
                }
            }
            thread.name = name + "-connection"
            thread.start()
        }
        state.withLock {
            acceptExited = true
            state.broadcast()
        }
    }
}
