extension URLCanonicalizer {
    /// The canonical form of the usual item link, found on its bytes: `http(s)://host/path?query`
    /// all in lower-case-host printable ASCII, no port, user info, dot segment or character to encode.
    /// Then only the fragment and tracking parameters change. Nil when `url` is not of that shape.
    static func canonicalizePlain(_ url: String) -> String? {
        var url = url
        return url.withUTF8 { bytes -> String? in
            let schemeLength: Int
            if startsWith(bytes, "https://") {
                schemeLength = 8
            } else if startsWith(bytes, "http://") {
                schemeLength = 7
            } else {
                return nil
            }
            var index = schemeLength
            while index < bytes.count, isPlainHostByte(bytes[index]) { index += 1 }
            let hostEnd = index
            guard hostEnd > schemeLength else { return nil }
            var queryStart: Int?
            var previous: UInt8 = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "#") { break }
                guard byte > 0x20, byte < 0x7F, !needsEncoding(byte) else { return nil }
                if byte == UInt8(ascii: "?"), queryStart == nil {
                    queryStart = index + 1
                } else if queryStart == nil, previous == UInt8(ascii: "/"), byte == UInt8(ascii: ".") {
                    return nil  // a possible dot segment
                } else if queryStart == nil, index == hostEnd, byte != UInt8(ascii: "/") {
                    return nil  // a port, user info or anything else after the host
                }
                previous = byte
                index += 1
            }
            let end = index
            // The fragment is dropped, but the general code reads it first: keep it to plain bytes too.
            while index < bytes.count {
                guard bytes[index] > 0x20, bytes[index] < 0x7F else { return nil }
                index += 1
            }
            let pathEnd = queryStart.map { $0 - 1 } ?? end
            var result = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<pathEnd]), as: UTF8.self)
            if pathEnd == hostEnd { result += "/" }
            if let queryStart {
                let query = String(decoding: UnsafeBufferPointer(rebasing: bytes[queryStart..<end]), as: UTF8.self)
                if let kept = TrackingParameters.strip(query) { result += "?" + kept }
            }
            return result
        }
    }

    /// True when `resolve` gives `url` back unchanged: `http(s)://host/path?query#fragment` in
    /// printable ASCII with a plain host, no dot segment, no second `#` and no character to encode.
    static func resolvesToItself(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { bytes -> Bool in
            guard var index = plainOriginEnd(bytes) else { return false }
            var inPath = true
            var sawHash = false
            var previous: UInt8 = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte > 0x20, byte < 0x7F, !needsEncoding(byte) else { return false }
                if byte == UInt8(ascii: "#") {
                    if sawHash { return false }
                    sawHash = true
                    inPath = false
                } else if byte == UInt8(ascii: "?") {
                    inPath = false
                } else if inPath, previous == UInt8(ascii: "/"), byte == UInt8(ascii: ".") {
                    return false
                }
                previous = byte
                index += 1
            }
            return true
        }
    }

    /// `http(s)://host` of a base written `http(s)://host` then the end, `/`, `?` or `#`, with a plain
    /// host: what `ContentBase.httpOrigin` finds by parsing. Nil for anything else.
    static func plainOrigin(_ base: String) -> String? {
        var base = base
        return base.withUTF8 { bytes -> String? in
            guard let index = plainOriginEnd(bytes) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<index]), as: UTF8.self)
        }
    }

    /// The end of `http(s)://host` when a plain host (either case) follows the scheme and is followed
    /// by the end, `/`, `?` or `#`; nil otherwise.
    private static func plainOriginEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index: Int
        if startsWith(bytes, "https://") {
            index = 8
        } else if startsWith(bytes, "http://") {
            index = 7
        } else {
            return nil
        }
        let hostStart = index
        while index < bytes.count, isPlainHostByte(bytes[index])
                || (bytes[index] >= UInt8(ascii: "A") && bytes[index] <= UInt8(ascii: "Z")) { index += 1 }
        guard index > hostStart, index == bytes.count || bytes[index] == UInt8(ascii: "/")
                || bytes[index] == UInt8(ascii: "?") || bytes[index] == UInt8(ascii: "#") else { return nil }
        return index
    }

    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        for offset in 0..<count where bytes[offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    /// Lower-case letters, digits, `.` and `-`: a host that IDNA and lower-casing leave as it is.
    private static func isPlainHostByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    /// The printable ASCII that `URLPercentEncoding.encodeInvalid` encodes.
    private static func needsEncoding(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
             UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            return true
        default:
            return false
        }
    }
}
