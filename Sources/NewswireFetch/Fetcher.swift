import Foundation

/// One HTTP(S) or file request, with the validators stored from the last 200.
public struct FetchRequest: Sendable, Equatable {
    public var url: String
    public var etag: String?
    public var lastModified: String?
    /// Allow a `file://` URL (only when a source names one explicitly).
    public var allowFile: Bool

    public init(url: String, etag: String? = nil, lastModified: String? = nil, allowFile: Bool = false) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.allowFile = allowFile
    }
}

/// What came back: any HTTP status is a response; only transport problems throw.
public struct FetchResponse: Sendable, Equatable {
    /// The URL requested.
    public var url: String
    /// The URL after redirects.
    public var finalURL: String
    /// HTTP status; 200 for a `file://` read.
    public var status: Int
    /// Response headers of the final response, names lower-cased, in arrival order.
    public var headers: [(name: String, value: String)]
    /// Decoded (decompressed) body bytes, at most `max_body`.
    public var body: Data
    /// Set when a redirect chain held only permanent moves (301/308): the new address to remember.
    public var permanentRedirect: String?

    public init(url: String, finalURL: String, status: Int, headers: [(name: String, value: String)] = [],
                body: Data = Data(), permanentRedirect: String? = nil) {
        self.url = url
        self.finalURL = finalURL
        self.status = status
        self.headers = headers
        self.body = body
        self.permanentRedirect = permanentRedirect
    }

    /// The last value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        let key = name.lowercased()
        return headers.last { $0.name == key }?.value
    }

    public var notModified: Bool { status == 304 }
    public var etag: String? { header("etag") }
    public var lastModified: String? { header("last-modified") }
    public var contentType: String? { header("content-type") }

    public static func == (lhs: FetchResponse, rhs: FetchResponse) -> Bool {
        lhs.url == rhs.url && lhs.finalURL == rhs.finalURL && lhs.status == rhs.status
            && lhs.headers.map { "\($0.name):\($0.value)" } == rhs.headers.map { "\($0.name):\($0.value)" }
            && lhs.body == rhs.body && lhs.permanentRedirect == rhs.permanentRedirect
    }
}

/// A transfer that produced no HTTP response: refused, timed out, too large, bad redirect…
public struct FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        case invalidURL, forbiddenScheme, resolve, connect, timeout, tooLarge, tooManyRedirects, tls, emptyBody, cancelled, other
    }
    public var kind: Kind
    public var url: String
    public var message: String

    public init(kind: Kind, url: String, message: String) {
        self.kind = kind
        self.url = url
        self.message = message
    }

    public var description: String { "\(message) (\(url))" }
}

/// Fetches documents; `CurlFetcher` is the real one, tests may inject others.
public protocol Fetcher: Sendable {
    func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse
    /// Sizes of its in-memory tables, for metrics; nil when it keeps none worth reporting.
    var tables: FetcherTables? { get }
}

extension Fetcher {
    public var tables: FetcherTables? { nil }
}
