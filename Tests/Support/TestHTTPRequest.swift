import Foundation

/// One request as `TestHTTPServer` received it.
public struct TestHTTPRequest: Sendable {
    /// `GET`, `POST`…
    public var method: String
    /// The request target as sent: path plus query.
    public var target: String
    /// Headers in arrival order, names as sent.
    public var headers: [(name: String, value: String)]
    /// Body bytes (read when `Content-Length` is given).
    public var body: Data

    /// Creates a request record.
    public init(method: String, target: String, headers: [(name: String, value: String)], body: Data = Data()) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
    }

    /// The target without its query string.
    public var path: String {
        String(target.prefix { $0 != "?" })
    }

    /// The last value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        headers.last { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
