import Foundation

/// A request handed to the worker thread, with the continuation that receives its result.
struct CurlJob: Sendable {
    let id: UInt64
    let request: FetchRequest
    let continuation: CheckedContinuation<Result<FetchResponse, FetchError>, Never>

    func finish(_ result: Result<FetchResponse, FetchError>) {
        continuation.resume(returning: result)
    }

    func fail(_ kind: FetchError.Kind, _ message: String) {
        finish(.failure(FetchError(kind: kind, url: request.url, message: message)))
    }

    /// The key per-host limits count by: the lower-cased host of the requested URL.
    static func hostKey(of url: String) -> String {
        URLComponents(string: url)?.host?.lowercased() ?? ""
    }
}
