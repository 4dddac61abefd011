import CCurl
import Foundation
import NewswireModel

/// The real `Fetcher`: libcurl transfers driven by one dedicated thread, limited to
/// `concurrency` transfers in flight and `perHost` per host.
public final class CurlFetcher: Fetcher, Sendable {
    private let worker: CurlWorker

    /// Starts the transfer thread; `userAgent` is sent as is with every request.
    public init(settings: FetchSettings, userAgent: String) {
        worker = CurlWorker(limits: settings, userAgent: userAgent)
        worker.start()
    }

    deinit {
        worker.stop()
    }

    /// Fetches one URL; any HTTP status is a response, transport failures throw.
    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        try await worker.fetch(request).get()
    }

    /// The transfer thread's tables as of its last turn.
    public var tables: FetcherTables? { worker.tables }

    /// Fails every queued and running transfer and stops the thread; later fetches fail at once.
    public func shutdown() {
        worker.stop()
    }

    /// Version of the linked libcurl, e.g. `7.88.1`.
    public static var libcurlVersion: String {
        guard let info = newswire_curl_version_info(), let version = info.pointee.version else { return "unknown" }
        return String(cString: version)
    }
}
