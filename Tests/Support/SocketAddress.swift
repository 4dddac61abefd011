import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A failed socket call.
public struct SocketError: Error, CustomStringConvertible {
    /// The call that failed (`socket`, `bind`, `listen`).
    public var operation: String
    /// `errno` after the call.
    public var code: Int32

    /// What failed and why.
    public var description: String { "\(operation) failed: \(String(cString: strerror(code)))" }
}

/// Loopback socket helpers shared by `TestHTTPServer` and `ClosedPort`.
enum SocketAddress {
    /// A TCP socket bound to 127.0.0.1 on a port the kernel picks.
    static func boundLoopbackSocket() throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw SocketError(operation: "socket", code: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let error = SocketError(operation: "bind", code: errno)
            close(socket)
            throw error
        }
        return socket
    }

    /// The local port a bound socket got.
    static func port(of socket: Int32) -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return UInt16(bigEndian: address.sin_port)
    }
}

/// A loopback port that is bound but not listening: connecting to it is refused. Released on deinit.
public final class ClosedPort: Sendable {
    /// The port number.
    public let port: UInt16
    private let socket: Int32

    /// Reserves a port nobody listens on.
    public init() throws {
        socket = try SocketAddress.boundLoopbackSocket()
        port = SocketAddress.port(of: socket)
    }

    deinit {
        close(socket)
    }

    /// The absolute URL of `path` on this port.
    public func url(_ path: String = "/") -> String { "http://127.0.0.1:\(port)\(path)" }
}
