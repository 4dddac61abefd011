import CCurl
import Foundation
import NewswireModel

/// What libcurl said about a failed transfer, translated into a `FetchError` with a clear message.
struct CurlFailure {
    var code: CURLcode
    /// Text of `CURLOPT_ERRORBUFFER`, may be empty.
    var errorText: String
    var osErrno: Int
    /// The write callback stopped the transfer because the body passed `max_body`.
    var exceededMaxBody: Bool
    /// The last response seen was a redirect (the failure happened while following it).
    var followedRedirect: Bool

    func error(url: String, limits: FetchSettings) -> FetchError {
        let (kind, message) = classify(limits: limits)
        return FetchError(kind: kind, url: url, message: message)
    }

    private var detail: String {
        errorText.isEmpty ? String(cString: curl_easy_strerror(code)) : errorText
    }

    private func classify(limits: FetchSettings) -> (FetchError.Kind, String) {
        let tooLarge = "body exceeds max_body of \(limits.maxBody) bytes"
        switch code {
        case CURLE_WRITE_ERROR where exceededMaxBody, CURLE_FILESIZE_EXCEEDED:
            return (.tooLarge, tooLarge)
        case CURLE_UNSUPPORTED_PROTOCOL where errorText.contains("HTTP/0.9") || errorText.contains("HTTP version"):
            // A status line that is not HTTP/1.x or 2 (garbage, HTTP/0.9): the server's fault, not the scheme's.
            return (.other, "invalid HTTP response: \(detail)")
        case CURLE_UNSUPPORTED_PROTOCOL:
            return (.forbiddenScheme, followedRedirect ? "redirect to a forbidden scheme" : "scheme not allowed")
        case CURLE_URL_MALFORMAT:
            return (.invalidURL, "invalid URL: \(detail)")
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return (.resolve, "could not resolve host: \(detail)")
        case CURLE_COULDNT_CONNECT:
            if osErrno == Int(ECONNREFUSED) { return (.connect, "connection refused") }
            return (.connect, "could not connect: \(detail)")
        case CURLE_OPERATION_TIMEDOUT:
            if errorText.hasPrefix("Connection timed out") || errorText.hasPrefix("Resolving timed out") {
                return (.timeout, "connect timed out after \(Self.seconds(limits.connectTimeout))")
            }
            return (.timeout, "timed out after \(Self.seconds(limits.timeout))")
        case CURLE_TOO_MANY_REDIRECTS:
            return (.tooManyRedirects, "too many redirects (\(limits.maxRedirects))")
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
             CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE, CURLE_USE_SSL_FAILED, CURLE_SSL_ENGINE_NOTFOUND,
             CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_SHUTDOWN_FAILED:
            return (.tls, "TLS error: \(detail)")
        case CURLE_FILE_COULDNT_READ_FILE:
            return (.other, "cannot read file: \(detail)")
        case CURLE_GOT_NOTHING:
            return (.other, "server closed the connection without a response")
        case CURLE_BAD_CONTENT_ENCODING:
            return (.other, "cannot decode the content encoding: \(detail)")
        case CURLE_PARTIAL_FILE:
            return (.other, "transfer ended before the whole body arrived")
        default:
            return (.other, "transfer failed (curl \(code.rawValue)): \(detail)")
        }
    }

    /// `30` → `30s`, `1.5` → `1.5s`.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))s" : "\(value)s"
    }
}
