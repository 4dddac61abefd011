import Foundation
import NewswireTestSupport
import Testing

/// Transport attacks (issue 6): a misbehaving server as the one hostile source beside a good one.
@Suite struct HostileTransportTests {
    static let smallBody = ["max_body = \"1MB\""]
    static let shortTimeout = ["timeout = \"3s\"", "connect_timeout = \"2s\""]

    static func rawResponse(head: [String], body: Data = Data()) -> Data {
        var data = Data((head.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        data.append(body)
        return data
    }

    enum Bomb: String, CaseIterable, Sendable {
        case gzip = "bomb-16MB.gz"
        case brotli = "bomb-16MB.br"
        var encoding: String { self == .gzip ? "gzip" : "br" }
    }

    @Test(arguments: Bomb.allCases)
    func compressionBombStopsAtMaxBody(_ bomb: Bomb) async throws {
        let hostile = try HostileSite()
        let compressed = try hostile.site.fixtures.data("hostile/\(bomb.rawValue)")
        hostile.serve(compressed, at: "/bomb", headers: [("Content-Encoding", bomb.encoding)])
        try hostile.writeConfig(hostileURL: hostile.url("/bomb"), fetch: Self.smallBody)
        try await hostile.runAndVerify(.failed(anyOf: ["max_body"]))
    }

    @Test func endlessChunkedBodyStopsAtMaxBody() async throws {
        let hostile = try HostileSite()
        hostile.site.server.route("/endless") { _ in .endless() }
        try hostile.writeConfig(hostileURL: hostile.url("/endless"), fetch: Self.smallBody)
        try await hostile.runAndVerify(.failed(anyOf: ["max_body"]))
    }

    @Test func bodyOverMaxBodyWithContentLength() async throws {
        let hostile = try HostileSite()
        hostile.serve(Data(repeating: UInt8(ascii: " "), count: 3 << 20), at: "/big")
        try hostile.writeConfig(hostileURL: hostile.url("/big"), fetch: Self.smallBody)
        try await hostile.runAndVerify(.failed(anyOf: ["max_body"]))
    }

    @Test func bodyOverMaxBodyWithoutContentLength() async throws {
        let hostile = try HostileSite()
        let raw = try RawTCPServer(.send(Self.rawResponse(
            head: ["HTTP/1.1 200 OK", "Content-Type: application/rss+xml", "Connection: close"],
            body: Data(repeating: UInt8(ascii: " "), count: 3 << 20))))
        defer { raw.stop() }
        try hostile.writeConfig(hostileURL: raw.url("/big"), fetch: Self.smallBody)
        try await hostile.runAndVerify(.failed(anyOf: ["max_body"]))
    }

    @Test func slowlorisTimesOut() async throws {
        let hostile = try HostileSite()
        let response = Self.rawResponse(head: ["HTTP/1.1 200 OK", "Content-Type: application/rss+xml"],
                                        body: HostileXMLTests.rss(items: HostileXMLTests.item("1", title: "Slow")))
        let raw = try RawTCPServer(.drip(response, interval: 1))
        defer { raw.stop() }
        try hostile.writeConfig(hostileURL: raw.url("/slow"), fetch: Self.shortTimeout)
        try await hostile.runAndVerify(.failed(anyOf: ["timed out"]))
    }

    @Test func serverThatNeverAnswersTimesOut() async throws {
        let hostile = try HostileSite()
        let raw = try RawTCPServer(.silent)
        defer { raw.stop() }
        try hostile.writeConfig(hostileURL: raw.url("/silent"), fetch: Self.shortTimeout)
        try await hostile.runAndVerify(.failed(anyOf: ["timed out"]))
        #expect(raw.connections >= 1)
    }

    @Test func redirectLoopFails() async throws {
        let hostile = try HostileSite()
        hostile.site.server.route("/loop") { _ in .redirect(to: "/loop") }
        try hostile.writeConfig(hostileURL: hostile.url("/loop"))
        try await hostile.runAndVerify(.failed(anyOf: ["too many redirects"]))
    }

    @Test(arguments: ["file:///etc/passwd", "ftp://127.0.0.1/feed.xml", "gopher://127.0.0.1/1feed",
                      "dict://127.0.0.1/d:feed", "scp://127.0.0.1/etc/passwd"])
    func redirectToAnotherSchemeIsRefused(_ target: String) async throws {
        let hostile = try HostileSite()
        hostile.site.server.route("/away") { _ in .redirect(to: target) }
        try hostile.writeConfig(hostileURL: hostile.url("/away"))
        let outcome = try await hostile.runAndVerify(.failed(anyOf: ["forbidden scheme"]))
        #expect(!hostile.allOutputText().contains("root:x:0:0"))
        #expect(!outcome.stdout.contains("root:x:0:0"))
    }

    @Test func thousandResponseHeaders() async throws {
        let hostile = try HostileSite()
        let headers = (0..<1_000).map { "X-Header-\($0): \(String(repeating: "v", count: 40))" }
        let raw = try RawTCPServer(.send(Self.rawResponse(
            head: ["HTTP/1.1 200 OK", "Content-Type: application/rss+xml", "Connection: close"] + headers,
            body: HostileXMLTests.rss(items: HostileXMLTests.item("1", title: "Many headers")))))
        defer { raw.stop() }
        try hostile.writeConfig(hostileURL: raw.url("/headers"))
        try await hostile.runAndVerify(.okOrFailed)
    }

    /// Status lines no server should send.
    enum GarbageStatus: String, CaseIterable, Sendable {
        case binary, badCode, unknownVersion, seventyKilobytes
        var line: String {
            switch self {
            case .binary: "GARBAGE \u{1}\u{2}\u{FF} NOT HTTP AT ALL"
            case .badCode: "HTTP/1.1 abc Bogus"
            case .unknownVersion: "HTTP/9.9 200 OK"
            case .seventyKilobytes: String(repeating: "Z", count: 70_000)
            }
        }
    }

    @Test(arguments: GarbageStatus.allCases)
    func garbageStatusLineFails(_ status: GarbageStatus) async throws {
        let hostile = try HostileSite()
        let raw = try RawTCPServer(.send(Self.rawResponse(head: [status.line, "Content-Type: text/plain"],
                                                          body: Data("nonsense".utf8))))
        defer { raw.stop() }
        try hostile.writeConfig(hostileURL: raw.url("/garbage"))
        let outcome = try await hostile.runAndVerify(.failed(anyOf: ["response", "HTTP", "transfer", "protocol"]))
        // A bad status line is a server fault, not a config problem with the URL's scheme.
        #expect(!(HostileSite.hostileLine(outcome) ?? "").contains("scheme not allowed"), "\(outcome)")
    }

    @Test func tlsToAPlainTextPortFails() async throws {
        let hostile = try HostileSite()
        let raw = try RawTCPServer(.send(Self.rawResponse(head: ["HTTP/1.1 400 Bad Request", "Connection: close"],
                                                          body: Data("plain http here".utf8))))
        defer { raw.stop() }
        try hostile.writeConfig(hostileURL: raw.url("/feed", scheme: "https"))
        try await hostile.runAndVerify(.failed(anyOf: ["TLS"]))
    }
}
