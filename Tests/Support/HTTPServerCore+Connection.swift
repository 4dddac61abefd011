import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension HTTPServerCore {
    /// Reads one request and answers it (the listener closes the connection).
    func serve(_ socket: Int32) {
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = Self.readRequest(socket) else { return }
        let handler = state.withLock {
            shared.requests.append(request)
            shared.inFlight += 1
            shared.maxInFlight = max(shared.maxInFlight, shared.inFlight)
            return shared.routes[request.path]
        }
        let response = handler?(request) ?? .text("not found", status: 404)
        let goOn = response.delay <= 0 || pause(seconds: response.delay)
        // Counted as answered before the first byte leaves, so a client's next request never overlaps.
        state.withLock { shared.inFlight -= 1 }
        guard goOn else { return }
        write(response, to: socket, method: request.method)
    }

    private func write(_ response: TestHTTPResponse, to socket: Int32, method: String) {
        var head = "HTTP/1.1 \(response.status) \(response.reason)\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += "Connection: close\r\n"
        switch response.body {
        case .bytes(let body):
            let sendsBody = response.allowsBody && method != "HEAD"
            if response.allowsBody { head += "Content-Length: \(body.count)\r\n" }
            head += "\r\n"
            guard Self.send(Data(head.utf8), to: socket), sendsBody, !body.isEmpty else { return }
            _ = Self.send(body, to: socket)
        case .endless(let chunk):
            head += "Transfer-Encoding: chunked\r\n\r\n"
            guard Self.send(Data(head.utf8), to: socket), !chunk.isEmpty else { return }
            var framed = Data(String(chunk.count, radix: 16).utf8 + Array("\r\n".utf8))
            framed.append(chunk)
            framed.append(contentsOf: Array("\r\n".utf8))
            while !isStopping, Self.send(framed, to: socket) {}
        }
    }

    /// Sends all of `data`; false once the peer is gone.
    static func send(_ data: Data, to socket: Int32) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = Glibc.send(socket, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if sent < 0, errno == EINTR { continue }
                if sent <= 0 { return false }
                offset += sent
            }
            return true
        }
    }

    /// Reads the request head (and a `Content-Length` body); nil on a closed or malformed connection.
    static func readRequest(_ socket: Int32) -> TestHTTPRequest? {
        var received = Data()
        let terminator = Data("\r\n\r\n".utf8)
        var buffer = [UInt8](repeating: 0, count: 8192)
        var headEnd: Range<Data.Index>?
        while headEnd == nil {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count < 0, errno == EINTR { continue }
            guard count > 0, received.count < 1 << 20 else { return nil }
            received.append(contentsOf: buffer[0..<count])
            headEnd = received.range(of: terminator)
        }
        guard let headEnd else { return nil }
        let head = String(decoding: received[..<headEnd.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var request = TestHTTPRequest(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers)
        var body = Data(received[headEnd.upperBound...])
        let length = Int(request.header("Content-Length") ?? "") ?? 0
        while body.count < length {
            let count = recv(socket, &buffer, min(buffer.count, length - body.count), 0)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            body.append(contentsOf: buffer[0..<count])
        }
        request.body = body
        return request
    }
}
