import NewswireModel

/// Turns the links of items into canonical absolute http(s) URLs, and resolves URLs inside content.
public enum URLCanonicalizer {
    /// The canonical form of a link: absolute http(s), lower-case scheme and host, IDNA host,
    /// no default port, no fragment, no tracking parameters, spaces and non-ASCII percent-encoded.
    /// Nil for other schemes, an unparsable URL, or a relative URL without a usable base.
    public static func canonicalize(_ url: String, base: String?) -> String? {
        guard var target = absoluteReference(url, base: base),
              let scheme = target.scheme.map(lowercasedScheme), scheme == "http" || scheme == "https",
              let authority = target.authority,
              let parts = Authority(authority), !parts.host.isEmpty,
              let host = Punycode.asciiHost(parts.host), isValidHost(host) else { return nil }
        let defaultPort = scheme == "http" ? "80" : "443"
        var canonicalAuthority = parts.userInfo.map { $0 + "@" } ?? ""
        canonicalAuthority += host
        if let port = parts.port {
            guard port.allSatisfy(\.isASCIIDigit) else { return nil }
            let trimmed = String(port.drop { $0 == "0" })
            if !port.isEmpty && trimmed != defaultPort { canonicalAuthority += ":" + (trimmed.isEmpty ? "0" : trimmed) }
        }
        target.scheme = scheme
        target.authority = canonicalAuthority
        target.path = URLPercentEncoding.encodeInvalid(target.path.isEmpty ? "/" : target.path, alsoEncoding: "#?")
        target.query = target.query.flatMap(TrackingParameters.strip).map {
            URLPercentEncoding.encodeInvalid($0, alsoEncoding: "#")
        }
        target.fragment = nil
        return target.serialized
    }

    /// An absolute URL for a reference inside content: resolved against `base`, scheme lower-cased,
    /// invalid characters percent-encoded, nothing else changed. Nil when it cannot be made absolute,
    /// or when an http(s) URL has no host.
    public static func resolve(_ url: String, base: String?) -> String? {
        var contentBase = ContentBase(base)
        return resolve(url, base: &contentBase)
    }

    /// `resolve(_:base:)` with a base parsed once for many URLs.
    static func resolve(_ url: String, base: inout ContentBase) -> String? {
        guard var target = absoluteReference(url, base: &base), let scheme = target.scheme.map(lowercasedScheme) else {
            return nil
        }
        if scheme == "http" || scheme == "https" {
            guard let authority = target.authority, let parts = Authority(authority), !parts.host.isEmpty else {
                return nil
            }
        }
        target.scheme = scheme
        target.path = URLPercentEncoding.encodeInvalid(target.path, alsoEncoding: "#?")
        target.query = target.query.map { URLPercentEncoding.encodeInvalid($0, alsoEncoding: "#") }
        target.fragment = target.fragment.map { URLPercentEncoding.encodeInvalid($0, alsoEncoding: "#") }
        return target.serialized
    }

    /// True when `url` names the http or https scheme (case-insensitive), ignoring surrounding blanks.
    public static func isHTTP(_ url: String) -> Bool {
        let lowered = url.trimmingURLBlanks().lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    private static func absoluteReference(_ url: String, base: String?) -> URLReference? {
        var contentBase = ContentBase(base)
        return absoluteReference(url, base: &contentBase)
    }

    private static func absoluteReference(_ url: String, base: inout ContentBase) -> URLReference? {
        let cleaned = url.trimmingURLBlanks().removingTabsAndNewlines()
        guard !cleaned.isEmpty || base.string != nil else { return nil }
        let reference = URLReference(parsing: cleaned)
        // An absolute reference ignores the base: parse that only for relative ones.
        return reference.resolved(against: reference.scheme != nil ? nil : base.reference())
    }

    /// A base URL parsed as `resolve` reads it.
    static func baseReference(_ base: String) -> URLReference {
        URLReference(parsing: base.trimmingURLBlanks().removingTabsAndNewlines())
    }

    /// A scheme in lower case; the usual ones come without a copy.
    private static func lowercasedScheme(_ scheme: String) -> String {
        if scheme == "https" || scheme == "http" { return scheme }
        return UTF8Scan.isASCII(scheme) ? UTF8Scan.asciiLowercased(scheme) : scheme.lowercased()
    }

    private static func isValidHost(_ host: String) -> Bool {
        // Only ASCII is forbidden: bytes of multi-byte characters are all above 0x7F.
        host.utf8.allSatisfy { byte in
            switch byte {
            case 0...0x20, 0x7F, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "\\"),
                 UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"),
                 UInt8(ascii: "%"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "@"):
                return false
            default:
                return true
            }
        }
    }
}

/// The parts of an RFC 3986 authority: `userinfo@host:port`.
struct Authority {
    var userInfo: String?
    var host: String
    var port: String?

    init?(_ authority: String) {
        // In ASCII, bytes are characters: search them without grapheme breaking.
        if UTF8Scan.isASCII(authority) {
            guard let parts = Self.split(ascii: authority) else { return nil }
            (userInfo, host, port) = parts
            return
        }
        var rest = Substring(authority)
        if let at = rest.lastIndex(of: "@") {
            userInfo = String(rest[..<at])
            rest = rest[rest.index(after: at)...]
        }
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            host = String(rest[...close])
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") { port = String(after.dropFirst()) } else if !after.isEmpty { return nil }
        } else if let colon = rest.lastIndex(of: ":") {
            host = String(rest[..<colon])
            port = String(rest[rest.index(after: colon)...])
        } else {
            host = String(rest)
        }
    }
}

extension Authority {
    /// The parts of an ASCII authority, found by searching bytes; nil when malformed.
    fileprivate static func split(ascii authority: String) -> (userInfo: String?, host: String, port: String?)? {
        var rest = Substring(authority)
        var userInfo: String?
        if let at = rest.utf8.lastIndex(of: UInt8(ascii: "@")) {
            userInfo = String(rest[..<at])
            rest = rest[rest.index(after: at)...]
        }
        if rest.utf8.first == UInt8(ascii: "[") {
            guard let close = rest.utf8.firstIndex(of: UInt8(ascii: "]")) else { return nil }
            let after = rest[rest.index(after: close)...]
            if after.utf8.first == UInt8(ascii: ":") { return (userInfo, String(rest[...close]), String(after.dropFirst())) }
            return after.isEmpty ? (userInfo, String(rest[...close]), nil) : nil
        }
        if let colon = rest.utf8.lastIndex(of: UInt8(ascii: ":")) {
            return (userInfo, String(rest[..<colon]), String(rest[rest.index(after: colon)...]))
        }
        return (userInfo, String(rest), nil)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
    /// Without the leading and trailing C0 controls and spaces that browsers strip from URLs.
    func trimmingURLBlanks() -> String {
        // A first or last byte above 0x20 is a scalar above 0x20 (UTF-8 lead and final bytes are too).
        if let first = utf8.first, let last = utf8.last, first > 0x20, last > 0x20 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0.value > 0x20 }),
              let last = scalars.lastIndex(where: { $0.value > 0x20 }) else { return "" }
        return String(scalars[first...last])
    }

    /// Without ASCII tab, CR and LF anywhere, as browsers read URLs.
    func removingTabsAndNewlines() -> String {
        guard utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }))
    }
}
