/// A conservative test for the common source URL that needs no URL parser to be accepted.
enum PlainHTTPURL {
    /// True for `http://` or `https://`, a host of letters, digits, dots and hyphens that starts and ends
    /// with a letter or digit, maybe a port up to 65535, no user info, then nothing or a `/` and path and query characters
    /// of RFC 3986 (`%` only before two hex digits; no fragment). Every such string has a non-empty host
    /// for `URLComponents`; anything else takes the full check.
    static func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { matches(bytes: $0[...]) }
    }

    private static func matches(bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var bytes = bytes
        if bytes.starts(with: "https://".utf8) {
            bytes = bytes.dropFirst(8)
        } else if bytes.starts(with: "http://".utf8) {
            bytes = bytes.dropFirst(7)
        } else {
            return false
        }
        let hostEnd = bytes.firstIndex(of: UInt8(ascii: "/")) ?? bytes.endIndex
        var host = bytes[..<hostEnd]
        if let colon = host.firstIndex(of: UInt8(ascii: ":")) {
            let port = host[host.index(after: colon)...]
            guard (1...5).contains(port.count), port.allSatisfy({ (0x30...0x39).contains($0) }),
                  let number = Int(String(decoding: port, as: UTF8.self)), number <= 65_535 else { return false }
            host = host[..<colon]
        }
        guard let first = host.first, let last = host.last, isAlphanumeric(first), isAlphanumeric(last),
              host.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") })
        else { return false }
        var rest = bytes[hostEnd...]
        while let byte = rest.popFirst() {
            if byte == UInt8(ascii: "%") {
                guard let high = rest.popFirst(), let low = rest.popFirst(), isHex(high), isHex(low) else { return false }
            } else if !isPathOrQuery(byte) {
                return false
            }
        }
        return true
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// Unreserved, sub-delims, `:`, `@`, `/` and `?`.
    private static func isPathOrQuery(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || "-._~!$&'()*+,;=:@/?".utf8.contains(byte)
    }
}
