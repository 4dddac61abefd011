import Foundation
import NewswireTestSupport
import Testing

/// A source URL with credentials: used for the request, never shown (`user:***@`), never stored
/// in an error, never spread into article links; a world-readable config holding one is warned about.
@Suite struct HostileCredentialTests {
    static let secret = "s3cr3t-Pa55-\(UUID().uuidString.prefix(8))"

    static func urlWithCredentials(_ url: String) -> String {
        url.replacingOccurrences(of: "http://", with: "http://reader:\(secret)@")
    }

    /// `last_error` of every source in the state database (empty without `sqlite3`).
    static func storedErrors(_ hostile: HostileSite) async throws -> String {
        guard let sqlite = ProcessRunner.findOnPath("sqlite3") else { return "" }
        let result = try await ProcessRunner.run(sqlite, ["state/newswire.sqlite",
                                                          "SELECT id, last_error FROM sources"],
                                                 in: hostile.site.folder.url)
        #expect(result.status == 0, "\(result)")
        return result.stdout
    }

    enum Failure: String, CaseIterable, Sendable { case serverError, connectionRefused }

    @Test(arguments: Failure.allCases)
    func failingSourceNeverShowsThePassword(_ failure: Failure) async throws {
        let hostile = try HostileSite()
        let closed = try ClosedPort()
        hostile.site.serveError(500, at: "/private")
        let url = failure == .serverError ? hostile.url("/private") : closed.url("/private")
        try hostile.writeConfig(hostileURL: Self.urlWithCredentials(url))
        let outcome = try await hostile.regenerate(["--log-level", "trace"])
        try await hostile.verify(outcome, .failed(anyOf: ["HTTP 500", "connection refused"]))
        #expect(HostileSite.hostileLine(outcome)?.contains("reader:***@127.0.0.1") == true, "\(outcome)")
        let errors = try await Self.storedErrors(hostile)
        #expect(errors.contains("hostile|"), "\(errors)")
        for (name, text) in [("stdout", outcome.stdout), ("stderr", outcome.stderr),
                             ("outputs", hostile.allOutputText()), ("stored errors", errors)] {
            #expect(!text.contains(Self.secret), "the password appears in \(name)")
        }
    }

    @Test func credentialsAreSentButNeverSpreadIntoLinks() async throws {
        let hostile = try HostileSite()
        let feed = HostileXMLTests.rss(items: "<item><guid>r1</guid><title>Relative</title><link>/story/1</link></item>"
            + "<item><guid>r2</guid><title>Relative two</title><link>story/2</link>"
            + "<description>&lt;a href=\"/inside\"&gt;in&lt;/a&gt; &lt;img src=\"pic.png\"&gt;</description></item>")
        hostile.serve(feed, at: "/private")
        try hostile.writeConfig(hostileURL: Self.urlWithCredentials(hostile.url("/private")))
        let outcome = try await hostile.regenerate(["--log-level", "trace"])
        try await hostile.verify(outcome, .ok)
        let sent = hostile.site.server.requests(to: "/private").first?.header("Authorization")
        #expect(sent?.hasPrefix("Basic ") == true, "the credentials were not used")
        let everything = hostile.allOutputText() + outcome.stdout + outcome.stderr
        #expect(!everything.contains(Self.secret), "the password spread into an output or the log")
        #expect(try hostile.site.outputText("feeds/hostile.xml").contains("http://127.0.0.1:\(hostile.site.server.port)/story/1"))
    }

    @Test func worldReadableConfigWithCredentialsIsWarnedAbout() async throws {
        let hostile = try HostileSite()
        try hostile.writeConfig(hostileURL: Self.urlWithCredentials(hostile.url("/private")))
        let path = hostile.site.configURL.path
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let open = try await hostile.site.newswire(["check", "--config", "newswire.toml"])
        #expect(open.status == 0, "\(open)")
        let warning = open.stderr.split(separator: "\n").first { $0.contains("warning:") }.map(String.init) ?? ""
        let text = try String(contentsOf: hostile.site.configURL, encoding: .utf8)
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("url = \"http://reader") }) + 1
        #expect(warning.hasPrefix("newswire.toml:\(line):7: warning: "), "\(open)")
        #expect(warning.contains("mode 0644"), "\(open)")
        #expect(warning.contains("\"hostile\"") && warning.contains("reader:***@") && warning.contains("chmod o-r"),
                "\(open)")
        #expect(!(open.stdout + open.stderr).contains(Self.secret))

        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let closed = try await hostile.site.newswire(["check", "--config", "newswire.toml"])
        #expect(closed.status == 0 && !closed.stderr.contains("warning:"), "\(closed)")
    }

    @Test func storedAddressesHoldNoPasswordAndConditionalGETStillWorks() async throws {
        let hostile = try HostileSite()
        // A permanent redirect within the host: libcurl's final URL carries the credentials along.
        hostile.site.server.route("/old") { _ in .redirect(to: "/private", status: 301) }
        let feed = HostileXMLTests.rss(items: HostileXMLTests.item("c1", title: "Members only", description: "text"))
        hostile.site.server.route("/private") { request in
            guard request.header("Authorization")?.hasPrefix("Basic ") == true else {
                return TestHTTPResponse(status: 401)
            }
            if request.header("If-None-Match") == "\"v1\"" { return TestHTTPResponse(status: 304) }
            return TestHTTPResponse(status: 200, headers: [("Content-Type", "application/rss+xml"), ("ETag", "\"v1\"")],
                                    body: feed)
        }
        try hostile.writeConfig(hostileURL: Self.urlWithCredentials(hostile.url("/old")))
        try await hostile.verify(try await hostile.regenerate(), .ok)
        try await hostile.verify(try await hostile.regenerate(), .ok)

        // The second run went straight to the remembered address, with the password and the validator.
        #expect(hostile.site.server.requests(to: "/old").count == 1)
        let second = try #require(hostile.site.server.requests(to: "/private").last)
        #expect(second.header("Authorization")?.hasPrefix("Basic ") == true)
        #expect(second.header("If-None-Match") == "\"v1\"")
        guard let sqlite = ProcessRunner.findOnPath("sqlite3") else { return }
        let query = "SELECT url, permanent_url FROM sources"
        let stored = try await ProcessRunner.run(sqlite, ["state/newswire.sqlite", query], in: hostile.site.folder.url)
        #expect(stored.stdout.contains("http://reader:***@127.0.0.1:\(hostile.site.server.port)/old|"), "\(stored)")
        #expect(!stored.stdout.contains(Self.secret), "the password is stored: \(stored)")
    }
}
