import CCurl
import Foundation
import NewswireModel

/// One transfer owned by the worker thread: its easy handle, what the callbacks collected, and
/// the caller waiting for the result.
final class CurlTransfer {
    let job: CurlJob
    let host: String
    let easy: UnsafeMutableRawPointer
    let limits: FetchSettings
    private var requestHeaders: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer: UnsafeMutablePointer<CChar>

    /// Decoded body of the current response.
    private(set) var body = Data()
    /// Headers of the current (finally: the last) response.
    private(set) var headers: [(name: String, value: String)] = []
    /// Status of every final (non-1xx) response line seen, redirects included.
    private(set) var statuses: [Int] = []
    private(set) var exceededMaxBody = false
    private var capacityReserved = false

    /// Creates the easy handle and sets every option; nil when libcurl cannot allocate a handle.
    init?(job: CurlJob, host: String, limits: FetchSettings, userAgent: String) {
        guard let easy = curl_easy_init() else { return nil }
        self.job = job
        self.host = host
        self.easy = easy
        self.limits = limits
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        configure(userAgent: userAgent)
    }

    deinit {
        curl_easy_cleanup(easy)
        curl_slist_free_all(requestHeaders)
        errorBuffer.deallocate()
    }

    private func configure(userAgent: String) {
        let request = job.request
        let context = Unmanaged.passUnretained(self).toOpaque()
        setString(CURLOPT_URL, request.url)
        setLong(CURLOPT_NOSIGNAL, 1)
        setLong(CURLOPT_TIMEOUT_MS, Self.milliseconds(limits.timeout))
        setLong(CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(limits.connectTimeout))
        // An empty string asks for every encoding this libcurl can decode.
        setString(CURLOPT_ACCEPT_ENCODING, "")
        setLong(CURLOPT_FOLLOWLOCATION, 1)
        setLong(CURLOPT_MAXREDIRS, limits.maxRedirects)
        setString(CURLOPT_PROTOCOLS_STR, request.allowFile ? "http,https,file" : "http,https")
        setString(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        setString(CURLOPT_USERAGENT, userAgent)
        // The curl tool's receive buffer: a typical feed arrives in one or two reads and callbacks, not six.
        setLong(CURLOPT_BUFFERSIZE, 100 * 1024)
        _ = newswire_easy_setopt_off_t(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limits.maxBody))
        _ = newswire_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer)
        _ = newswire_easy_setopt_callback(easy, CURLOPT_WRITEFUNCTION, Self.writeBody)
        _ = newswire_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, context)
        _ = newswire_easy_setopt_callback(easy, CURLOPT_HEADERFUNCTION, Self.writeHeader)
        _ = newswire_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, context)

        var conditional: [String] = []
        if let etag = request.etag, !etag.isEmpty { conditional.append("If-None-Match: \(etag)") }
        if let date = request.lastModified, !date.isEmpty { conditional.append("If-Modified-Since: \(date)") }
        for line in conditional { requestHeaders = curl_slist_append(requestHeaders, line) }
        if requestHeaders != nil { _ = newswire_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, requestHeaders) }
    }

    private func setLong(_ option: CURLoption, _ value: Int) {
        _ = newswire_easy_setopt_long(easy, option, value)
    }

    private func setString(_ option: CURLoption, _ value: String) {
        // libcurl copies string options, so a temporary C string is enough.
        _ = newswire_easy_setopt_string(easy, option, value)
    }

    private static func milliseconds(_ seconds: Double) -> Int {
        max(1, Int((seconds * 1000).rounded()))
    }

    // MARK: - Callbacks (run inside curl_multi_perform on the worker thread)

    private static let writeBody: newswire_curl_data_callback = { pointer, size, count, context in
        guard let context else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
        return transfer.receiveBody(UnsafeRawBufferPointer(start: pointer, count: size * count))
    }

    private static let writeHeader: newswire_curl_data_callback = { pointer, size, count, context in
        guard let context else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
        transfer.receiveHeaderLine(UnsafeRawBufferPointer(start: pointer, count: size * count))
        return size * count
    }

    /// Appends decoded body bytes; returns 0 (abort) past `maxBody`.
    private func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        if body.count + bytes.count > limits.maxBody {
            exceededMaxBody = true
            return 0
        }
        if !capacityReserved {
            capacityReserved = true
            var length: curl_off_t = -1
            if newswire_easy_getinfo_off_t(easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length) == CURLE_OK,
               length > 0 {
                body.reserveCapacity(min(Int(length), limits.maxBody))
            }
        }
        if let start = bytes.baseAddress, !bytes.isEmpty {
            body.append(start.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        }
        return bytes.count
    }

    private func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        switch HTTPHeaderLine(bytes, afterField: !headers.isEmpty) {
        case .status(let status):
            // Interim 1xx responses are followed by the real one, which resets again.
            headers = []
            body = Data()
            capacityReserved = false
            if status >= 200 { statuses.append(status) }
        case .continuation(let more):
            headers[headers.count - 1].value += " " + more
        case .field(let name, let value):
            headers.append((name, value))
        case .other:
            break
        }
    }

    // MARK: - Result

    /// Builds the caller's result once libcurl reports the transfer done with `code`.
    func result(code: CURLcode) -> Result<FetchResponse, FetchError> {
        let url = job.request.url
        guard code == CURLE_OK else {
            let failure = CurlFailure(code: code, errorText: String(cString: errorBuffer),
                                      osErrno: infoLong(CURLINFO_OS_ERRNO),
                                      exceededMaxBody: exceededMaxBody,
                                      followedRedirect: statuses.last.map { (300..<400).contains($0) } ?? false)
            return .failure(failure.error(url: url, limits: limits))
        }
        let finalURL = infoString(CURLINFO_EFFECTIVE_URL) ?? url
        var status = infoLong(CURLINFO_RESPONSE_CODE)
        if status == 0, finalURL.lowercased().hasPrefix("file:") { status = 200 }
        if status == 200, body.isEmpty {
            return .failure(FetchError(kind: .emptyBody, url: url, message: "empty body with status 200"))
        }
        let redirects = infoLong(CURLINFO_REDIRECT_COUNT)
        let hops = statuses.dropLast()
        let permanent = redirects > 0 && hops.count == redirects && hops.allSatisfy { $0 == 301 || $0 == 308 }
        return .success(FetchResponse(url: url, finalURL: finalURL, status: status, headers: headers, body: body,
                                      permanentRedirect: permanent ? finalURL : nil))
    }

    private func infoLong(_ info: CURLINFO) -> Int {
        var value = 0
        return newswire_easy_getinfo_long(easy, info, &value) == CURLE_OK ? value : 0
    }

    private func infoString(_ info: CURLINFO) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard newswire_easy_getinfo_string(easy, info, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }
}
