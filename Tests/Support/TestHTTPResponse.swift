import Foundation

/// What a `TestHTTPServer` route answers.
public struct TestHTTPResponse: Sendable {
    /// How the body is sent.
    public enum Body: Sendable {
        /// A fixed body with `Content-Length`.
        case bytes(Data)
        /// `Transfer-Encoding: chunked`, repeating `chunk` until the client disconnects or the server stops.
        case endless(chunk: Data)
    }

    /// HTTP status code.
    public var status: Int
    /// Extra headers; `Content-Length`, `Transfer-Encoding` and `Connection: close` are added by the server.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: Body
    /// Seconds to wait before answering; `stop()` cuts the wait short.
    public var delay: Double

    /// Creates a response with a fixed body.
    public init(status: Int = 200, headers: [(name: String, value: String)] = [], body: Data = Data(),
                delay: Double = 0) {
        self.init(status: status, headers: headers, body: .bytes(body), delay: delay)
    }

    /// Creates a response with any kind of body.
    public init(status: Int, headers: [(name: String, value: String)], body: Body, delay: Double = 0) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
    }

    /// A UTF-8 text body with a content type.
    public static func text(_ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8",
                            headers: [(name: String, value: String)] = []) -> TestHTTPResponse {
        TestHTTPResponse(status: status, headers: [("Content-Type", contentType)] + headers, body: Data(text.utf8))
    }

    /// A redirect to `location` (absolute or relative).
    public static func redirect(to location: String, status: Int = 302) -> TestHTTPResponse {
        TestHTTPResponse(status: status, headers: [("Location", location)], body: Data("moved".utf8))
    }

    /// An endless chunked body of repeated `chunk`.
    public static func endless(chunk: Data = Data(repeating: UInt8(ascii: "x"), count: 16_384)) -> TestHTTPResponse {
        TestHTTPResponse(status: 200, headers: [("Content-Type", "text/plain")], body: .endless(chunk: chunk))
    }

    /// The status line's reason phrase.
    var reason: String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 404: "Not Found"
        case 500: "Internal Server Error"
        default: "Status"
        }
    }

    /// Whether this status may carry a body (not 1xx, 204, 304).
    var allowsBody: Bool {
        !(100..<200).contains(status) && status != 204 && status != 304
    }
}
