import Foundation
import NewswireFetch

/// What a poll learned about how soon the source may be polled again.
public struct PollHints: Sendable, Equatable {
    /// RSS `<ttl>` or `sy:updatePeriod`, seconds.
    public var ttl: Double?
    /// `Cache-Control: max-age`, seconds.
    public var maxAge: Double?
    /// `Retry-After`, seconds from the response.
    public var retryAfter: Double?
    /// Body bytes received (after decompression).
    public var bytes = 0

    /// Hints as given.
    public init(ttl: Double? = nil, maxAge: Double? = nil, retryAfter: Double? = nil, bytes: Int = 0) {
        self.ttl = ttl
        self.maxAge = maxAge
        self.retryAfter = retryAfter
        self.bytes = bytes
    }

    /// The hints in a response's headers; `now` resolves a `Retry-After` HTTP date.
    public init(response: FetchResponse, now: Date) {
        maxAge = response.header("cache-control").flatMap(Self.maxAge(cacheControl:))
        retryAfter = response.header("retry-after").flatMap { Self.retryAfter($0, now: now) }
        bytes = response.body.count
    }

    /// `max-age=N` (or `s-maxage`) of a `Cache-Control` value; `no-cache`/`no-store` ask for nothing.
    public static func maxAge(cacheControl: String) -> Double? {
        for directive in cacheControl.split(separator: ",") {
            let parts = directive.split(separator: "=", maxSplits: 1)
            let name = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
            guard name == "max-age", parts.count == 2 else { continue }
            let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\""))
            if let seconds = Double(value), seconds >= 0 { return seconds }
        }
        return nil
    }

    /// `Retry-After` as delay-seconds or as an HTTP date (RFC 9110), relative to `now`.
    public static func retryAfter(_ value: String, now: Date) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed) { return seconds >= 0 ? seconds : nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return max(0, date.timeIntervalSince(now)) }
        }
        return nil
    }
}

extension PollHints {
    /// Keeps what `response`'s headers say (a parsed feed's `ttl` is set separately).
    mutating func learn(from response: FetchResponse, now: Date) {
        let heard = PollHints(response: response, now: now)
        maxAge = heard.maxAge
        retryAfter = heard.retryAfter
        bytes = heard.bytes
    }
}
