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

/// The connection behaviour behind `RawTCPServer`, on a `TCPListener`.
final class RawTCPServerCore: @unchecked Sendable {
    private let tcp: TCPListener
    private let behaviour: RawTCPServer.Behaviour

    init(behaviour: RawTCPServer.Behaviour) throws {
        self.behaviour = behaviour
        tcp = try TCPListener(backlog: 64, stopTimeout: 2)
        tcp.start(name: "raw-tcp") { [weak self] socket in self?.serve(socket) }
    }

    var port: UInt16 { tcp.port }

    var acceptedCount: Int { tcp.acceptedCount }

    func stop() { tcp.stop() }

    private func serve(_ socket: Int32) {
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

    private func pause(seconds: Double) -> Bool { tcp.pause(seconds: seconds) }
}
