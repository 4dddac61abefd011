import Foundation
import NewswireFetch
import NewswireModel
import NewswireTestSupport
import Testing

@Suite struct CurlFetcherTests {
    @Test func returnsBodyHeadersAndValidators() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/feed") { _ in
            .text("<rss/>", contentType: "application/rss+xml; charset=utf-8",
                  headers: [("ETag", "\"v1\""), ("Last-Modified", "Wed, 01 Jan 2025 00:00:00 GMT")])
        }
        let fetcher = makeFetcher()
        defer { fetcher.shutdown() }

        let response = try await fetcher.fetch(FetchRequest(url: server.url("/feed")))

        #expect(response.status == 200)
        #expect(response.body == Data("<rss/>".utf8))
        #expect(response.finalURL == server.url("/feed"))
        #expect(response.etag == "\"v1\"")
        #expect(response.lastModified == "Wed, 01 Jan 2025 00:00:00 GMT")
        #expect(response.contentType == "application/rss+xml; charset=utf-8")
        #expect(response.permanentRedirect == nil)
        #expect(server.requests(to: "/feed").first?.header("User-Agent") == testUserAgent)
    }

    @Test func etagIsSentBackAndAnswered304() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/feed") { request in
            if request.header("If-None-Match") == "\"v1\"" { return TestHTTPResponse(status: 304) }
            return .text("body", headers: [("ETag", "\"v1\"")])
        }
        let fetcher = makeFetcher()
        defer { fetcher.shutdown() }

        let first = try await fetcher.fetch(FetchRequest(url: server.url("/feed")))
        let second = try await fetcher.fetch(FetchRequest(url: server.url("/feed"), etag: first.etag))

        #expect(first.status == 200)
        #expect(second.notModified)
        #expect(second.body.isEmpty)
        #expect(server.requests(to: "/feed").map { $0.header("If-None-Match") } == [nil, "\"v1\""])
    }

    @Test func lastModifiedIsSentAsIfModifiedSince() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        let stamp = "Wed, 01 Jan 2025 00:00:00 GMT"
        server.route("/feed") { request in
            if request.header("If-Modified-Since") == stamp { return TestHTTPResponse(status: 304) }
            return .text("body", headers: [("Last-Modified", stamp)])
        }
        let fetcher = makeFetcher()
        defer { fetcher.shutdown() }

        let first = try await fetcher.fetch(FetchRequest(url: server.url("/feed")))
        let second = try await fetcher.fetch(FetchRequest(url: server.url("/feed"), lastModified: first.lastModified))

        #expect(second.status == 304)
        #expect(server.requests(to: "/feed").last?.header("If-Modified-Since") == stamp)
    }

    @Test func gzipBodyIsDecoded() async throws {
        let compressed = try fixture("feed.xml.gz")
        let original = try fixture("feed.xml")
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/feed.xml") { _ in
            TestHTTPResponse(headers: [("Content-Type", "application/rss+xml"), ("Content-Encoding", "gzip")],
                             body: compressed)
        }
        let fetcher = makeFetcher()
        defer { fetcher.shutdown() }

        let response = try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml")))

        #expect(response.body == original)
        #expect(server.requests.first?.header("Accept-Encoding")?.contains("gzip") == true)
    }

    @Test(arguments: [404, 410, 500])
    func errorStatusesAreResponses(status: Int) async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/x") { _ in .text("nope", status: status) }
        let fetcher = makeFetcher()
        defer { fetcher.shutdown() }

        let response = try await fetcher.fetch(FetchRequest(url: server.url("/x")))

        #expect(response.status == status)
        #expect(response.body == Data("nope".utf8))
    }

    @Test func emptyBodyWith200IsAnError() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/empty") { _ in TestHTTPResponse(status: 200) }
        let fetcher = makeFetcher()
        defer { fetcher.shutdown() }

        let error = await fetchError(fetcher, FetchRequest(url: server.url("/empty")))

        #expect(error?.kind == .emptyBody)
    }

    @Test func fileURLNeedsAllowFile() async throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("feed.xml")
        try Data("<rss/>".utf8).write(to: file)
        let fetcher = makeFetcher()
        defer { fetcher.shutdown() }

        let refused = await fetchError(fetcher, FetchRequest(url: file.absoluteString))
        let response = try await fetcher.fetch(FetchRequest(url: file.absoluteString, allowFile: true))

        #expect(refused?.kind == .forbiddenScheme)
        #expect(response.status == 200)
        #expect(response.body == Data("<rss/>".utf8))
    }

    @Test func unknownSchemeIsRefused() async throws {
        let fetcher = makeFetcher()
        defer { fetcher.shutdown() }

        let error = await fetchError(fetcher, FetchRequest(url: "ftp://127.0.0.1/feed.xml"))

        #expect(error?.kind == .forbiddenScheme)
    }

    @Test func fetchAfterShutdownFails() async throws {
        let fetcher = makeFetcher()
        fetcher.shutdown()

        let error = await fetchError(fetcher, FetchRequest(url: "http://127.0.0.1:1/"))

        #expect(error?.message == "fetcher is shut down")
    }
}
