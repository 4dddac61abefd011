import Foundation
import NewswireFetch
import NewswireModel
import NewswireTestSupport
import Testing

@Suite struct CurlFetcherRedirectTests {
    @Test func mixedRedirectChainIsFollowedButNotRemembered() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/a") { _ in .redirect(to: "/b", status: 301) }
        server.route("/b") { _ in .redirect(to: "/c", status: 302) }
        server.route("/c") { _ in .text("final") }
        let fetcher = makeFetcher()
        defer { fetcher.shutdown() }

        let response = try await fetcher.fetch(FetchRequest(url: server.url("/a")))

        #expect(response.status == 200)
        #expect(response.url == server.url("/a"))
        #expect(response.finalURL == server.url("/c"))
        #expect(response.body == Data("final".utf8))
        #expect(response.permanentRedirect == nil)
        #expect(response.header("location") == nil, "headers are those of the final response")
    }

    @Test func permanentRedirectChainIsRemembered() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/old") { _ in .redirect(to: "/older", status: 301) }
        server.route("/older") { _ in .redirect(to: server.url("/new"), status: 308) }
        server.route("/new") { _ in .text("moved here") }
        let fetcher = makeFetcher()
        defer { fetcher.shutdown() }

        let response = try await fetcher.fetch(FetchRequest(url: server.url("/old")))

        #expect(response.finalURL == server.url("/new"))
        #expect(response.permanentRedirect == server.url("/new"))
    }

    @Test(arguments: [false, true])
    func redirectToFileIsRefused(allowFile: Bool) async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/evil") { _ in .redirect(to: "file:///etc/passwd", status: 302) }
        let fetcher = makeFetcher()
        defer { fetcher.shutdown() }

        let error = await fetchError(fetcher, FetchRequest(url: server.url("/evil"), allowFile: allowFile))

        #expect(error?.kind == .forbiddenScheme)
        #expect(error?.message == "redirect to a forbidden scheme")
    }

    @Test func redirectLoopStopsAtTheLimit() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/loop") { _ in .redirect(to: "/loop", status: 302) }
        let fetcher = makeFetcher(maxRedirects: 5)
        defer { fetcher.shutdown() }

        let error = await fetchError(fetcher, FetchRequest(url: server.url("/loop")))

        #expect(error?.kind == .tooManyRedirects)
        #expect(error?.message == "too many redirects (5)")
        #expect(server.requests(to: "/loop").count == 6)
    }
}
