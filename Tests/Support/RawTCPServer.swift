import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A TCP server on 127.0.0.1 that answers every connection with scripted raw bytes, for
/// misbehaving-server tests (a garbage status line, slowloris, a server that never answers…).
///
/// `stop()` (and deinit) shuts every connection down at once and waits at most 2 s for the
/// connection threads, so a drip or a silent connection never holds a test up.
public final class RawTCPServer: Sendable {
    /// What the server does with each connection after reading the first bytes of the request.
    public enum Behaviour: Sendable {
        /// Sends these bytes, then closes.
        case send(Data)
        /// Sends these bytes one at a time, `interval` seconds apart, then closes.
        case drip(Data, interval: Double)
        /// Keeps the connection open and never sends a byte, until the server stops.
        case silent
    }

    private let core: RawTCPServerCore

    /// Binds 127.0.0.1 on a free port and starts accepting.
    public init(_ behaviour: Behaviour) throws {
        core = try RawTCPServerCore(behaviour: behaviour)
    }

    deinit {
        core.stop()
    }

    /// The port the server listens on.
    public var port: UInt16 { core.port }

    /// The absolute `http://` URL of `path` on this server.
    public func url(_ path: String = "/", scheme: String = "http") -> String {
        "\(scheme)://127.0.0.1:\(core.port)\(path)"
    }

    /// How many connections were accepted so far.
    public var connections: Int { core.acceptedCount }

    /// Closes every connection and the listener. Idempotent.
    public func stop() { core.stop() }
}

/// The listener and connection threads behind `RawTCPServer`.
final class RawTCPServerCore: @unchecked Sendable {
    let port: UInt16
    private let listener: Int32
    private let behaviour: RawTCPServer.Behaviour
    private let state = NSCondition()
    private var sockets: Set<Int32> = []
    private var threads = 0
    private var accepted = 0
    private var stopping = false
    private var acceptExited = false

    init(behaviour: RawTCPServer.Behaviour) throws {
        self.behaviour = behaviour
        listener = try SocketAddress.boundLoopbackSocket()
        guard listen(listener, 64) == 0 else {
            let error = SocketError(operation: "listen", code: errno)
            close(listener)
            throw error
        }
        port = SocketAddress.port(of: listener)
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "raw-tcp-accept"
        thread.start()
    }

    var acceptedCount: Int { state.withLock { accepted } }

    func stop() {
        state.lock()
        let first = !stopping
        stopping = true
        for socket in sockets { shutdown(socket, Int32(SHUT_RDWR)) }
        state.broadcast()
        state.unlock()
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        let deadline = Date().addingTimeInterval(2)
        state.lock()
        while !(acceptExited && threads == 0) {
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
            if stopping {
                state.unlock()
                close(socket)
                break
            }
            sockets.insert(socket)
            threads += 1
            accepted += 1
            state.unlock()
            let thread = Thread { [self] in serve(socket) }
            thread.name = "raw-tcp-connection"
            thread.start()
        }
        state.withLock {
            acceptExited = true
            state.broadcast()
        }
    }

    private func serve(_ socket: Int32) {
        defer {
            state.withLock {
                sockets.remove(socket)
                close(socket)
                threads -= 1
                state.broadcast()
            }
        }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        // One read is enough: the behaviours do not depend on what was asked (a TLS hello included).
        var buffer = [UInt8](repeating: 0, count: 16_384)
        _ = recv(socket, &buffer, buffer.count, 0)
        switch behaviour {
        case .send(let bytes):
            _ = HTTPServerCore.send(bytes, to: socket)
            shutdown(socket, Int32(SHUT_WR))
            // Lets the client read everything before the close (no RST over unread request bytes).
            _ = recv(socket, &buffer, buffer.count, 0)
        case .drip(let bytes, let interval):
            for byte in bytes {
                guard HTTPServerCore.send(Data([byte]), to: socket), pause(seconds: interval) else { return }
            }
        case .silent:
            while pause(seconds: 60) {}
        }
    }

    /// Waits `seconds` or until the server stops; false when it stopped.
    private func pause(seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        state.lock()
        defer { state.unlock() }
        while !stopping {
            if !state.wait(until: deadline) { return true }
        }
        return false
    }
}
