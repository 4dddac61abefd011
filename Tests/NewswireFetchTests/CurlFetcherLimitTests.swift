import Foundation
import NewswireFetch
import NewswireModel
import NewswireTestSupport
import Testing

@Suite struct CurlFetcherLimitTests {
    @Test func slowResponseTimesOut() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/slow") { _ in TestHTTPResponse(body: Data("late".utf8), delay: 60) }
        let fetcher = makeFetcher(timeout: 1)
        defer { fetcher.shutdown() }

        let error = await fetchError(fetcher, FetchRequest(url: server.url("/slow")))

        #expect(error?.kind == .timeout)
        #expect(error?.message == "timed out after 1s")
    }

    @Test func endlessChunkedBodyIsCutAtMaxBody() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/endless") { _ in .endless() }
        let fetcher = makeFetcher(maxBody: 100_000)
        defer { fetcher.shutdown() }

        let error = await fetchError(fetcher, FetchRequest(url: server.url("/endless")))

        #expect(error?.kind == .tooLarge)
        #expect(error?.message == "body exceeds max_body of 100000 bytes")
    }

    @Test func declaredLengthOverMaxBodyIsRefused() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/big") { _ in TestHTTPResponse(body: Data(repeating: 65, count: 5_000)) }
        server.route("/fits") { _ in TestHTTPResponse(body: Data(repeating: 65, count: 1_000)) }
        let fetcher = makeFetcher(maxBody: 1_000)
        defer { fetcher.shutdown() }

        let error = await fetchError(fetcher, FetchRequest(url: server.url("/big")))
        let fits = try await fetcher.fetch(FetchRequest(url: server.url("/fits")))

        #expect(error?.kind == .tooLarge)
        #expect(fits.body.count == 1_000)
    }

    @Test func gzipBombIsCutAfterDecompression() async throws {
        let original = try fixture("feed.xml")
        let compressed = try fixture("feed.xml.gz")
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/feed") { _ in TestHTTPResponse(headers: [("Content-Encoding", "gzip")], body: compressed) }
        // Compressed it fits, decompressed it does not.
        let fetcher = makeFetcher(maxBody: original.count - 1)
        defer { fetcher.shutdown() }

        let error = await fetchError(fetcher, FetchRequest(url: server.url("/feed")))

        #expect(compressed.count < original.count - 1)
        #expect(error?.kind == .tooLarge)
    }

    @Test func closedPortIsConnectionRefused() async throws {
        let closed = try ClosedPort()
        let fetcher = makeFetcher()
        defer { fetcher.shutdown() }

        let error = await fetchError(fetcher, FetchRequest(url: closed.url("/feed")))

        #expect(error?.kind == .connect)
        #expect(error?.message == "connection refused")
    }

    @Test func perHostLimitHoldsUnderParallelRequests() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/item") { request in TestHTTPResponse(body: Data(request.target.utf8), delay: 0.3) }
        let fetcher = makeFetcher(concurrency: 32, perHost: 2)
        defer { fetcher.shutdown() }

        let bodies = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let response = try await fetcher.fetch(FetchRequest(url: server.url("/item?n=\(index)")))
                    return String(decoding: response.body, as: UTF8.self)
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }

        #expect(bodies == Set((0..<8).map { "/item?n=\($0)" }))
        #expect(server.maxConcurrentRequests == 2)
    }

    @Test func manyRequestsOverSeveralHostsAllComplete() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/item") { request in TestHTTPResponse(body: Data(request.target.utf8)) }
        let fetcher = makeFetcher(concurrency: 4, perHost: 3)
        defer { fetcher.shutdown() }
        // "localhost" and "127.0.0.1" count as two hosts for the per-host limit.
        let urls = (0..<120).map { index in
            let host = index.isMultiple(of: 2) ? "127.0.0.1" : "localhost"
            return "http://\(host):\(server.port)/item?n=\(index)"
        }

        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for url in urls { group.addTask { try await fetcher.fetch(FetchRequest(url: url)).status } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }

        #expect(statuses == Array(repeating: 200, count: 120))
        #expect(server.requests.count == 120)
        #expect(server.maxConcurrentRequests <= 4)
    }

    @Test func malformedURLIsInvalid() async throws {
        let fetcher = makeFetcher()
        defer { fetcher.shutdown() }

        let error = await fetchError(fetcher, FetchRequest(url: "http://127.0.0.1:99999/feed"))

        #expect(error?.kind == .invalidURL)
    }

    @Test func cancellingTheTaskEndsTheTransfer() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/slow") { _ in TestHTTPResponse(body: Data("late".utf8), delay: 60) }
        let fetcher = makeFetcher(timeout: 120)
        defer { fetcher.shutdown() }

        let task = Task { await fetchError(fetcher, FetchRequest(url: server.url("/slow"))) }
        #expect(await waitUntil { server.requests.count == 1 })
        task.cancel()

        #expect(await task.value?.kind == .cancelled)
    }

    @Test func shutdownFailsRunningTransfers() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/slow") { _ in TestHTTPResponse(body: Data("late".utf8), delay: 60) }
        let fetcher = makeFetcher(timeout: 120)

        let task = Task { await fetchError(fetcher, FetchRequest(url: server.url("/slow"))) }
        #expect(await waitUntil { server.requests.count == 1 })
        fetcher.shutdown()

        #expect(await task.value?.message == "fetcher is shut down")
    }

    @Test func serverStopInterruptsASlowResponse() async throws {
        let server = try TestHTTPServer()
        server.route("/slow") { _ in TestHTTPResponse(body: Data("late".utf8), delay: 60) }
        let fetcher = makeFetcher(timeout: 120)
        defer { fetcher.shutdown() }

        let task = Task { await fetchError(fetcher, FetchRequest(url: server.url("/slow"))) }
        #expect(await waitUntil { server.requests.count == 1 })
        server.stop()

        #expect(await task.value != nil, "the client sees the connection closed without a response")
    }

    /// A fetch submitted while `shutdown` runs ends too (the stopping thread once dropped the jobs
    /// it had just taken from its inbox, and their callers waited forever).
    @Test func fetchesRacingShutdownAllEnd() async throws {
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.route("/ok") { _ in TestHTTPResponse(body: Data("ok".utf8)) }
        let ended = EndedCount()
        let rounds = 20, fetchesPerRound = 8
        for _ in 0..<rounds {
            let fetcher = makeFetcher()
            for _ in 0..<fetchesPerRound {
                Task {
                    _ = await fetchError(fetcher, FetchRequest(url: server.url("/ok")))
                    ended.add()
                }
            }
            await Task.yield()
            // shutdown() waits for the transfer thread: keep that off the small cooperative pool.
            await withCheckedContinuation { done in
                DispatchQueue.global().async {
                    fetcher.shutdown()
                    done.resume()
                }
            }
        }
        let total = rounds * fetchesPerRound
        #expect(await waitUntil { ended.value == total }, "\(total - ended.value) of \(total) fetches never ended")
    }
}

/// How many fetches have ended, counted from any thread.
private final class EndedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var value: Int { lock.withLock { count } }

    func add() { lock.withLock { count += 1 } }
}
