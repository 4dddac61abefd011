import Foundation
import NewswireFetch
import NewswireModel
import NewswireTestSupport

/// Bytes of a file in this target's `Fixtures/` folder.
func fixture(_ name: String) throws -> Data {
    try Fixtures(bundle: .module).data(name)
}

let testUserAgent = "newswire-test/1.0 (+http://127.0.0.1/)"

/// A fetcher with short limits suited to loopback tests.
func makeFetcher(timeout: Double = 10, maxBody: Int = 1_000_000, maxRedirects: Int = 5,
                 concurrency: Int = 32, perHost: Int = 2) -> CurlFetcher {
    CurlFetcher(settings: FetchSettings(timeout: timeout, connectTimeout: 5, maxBody: maxBody,
                                        maxRedirects: maxRedirects, concurrency: concurrency, perHost: perHost),
                userAgent: testUserAgent)
}

/// The error a fetch threw, or nil when it returned a response.
func fetchError(_ fetcher: CurlFetcher, _ request: FetchRequest) async -> FetchError? {
    do {
        _ = try await fetcher.fetch(request)
        return nil
    } catch {
        return error
    }
}
