/// Query parameters that only track the reader and never select content.
enum TrackingParameters {
    private static let prefixes = ["utm_"]
    private static let names: Set<String> = [
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "yclid",
        "msclkid", "igshid", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "wt_mc",
        "__s", "_openstat", "twclid", "ttclid", "srsltid", "hsctatracking", "ncid", "cmpid",
    ]

    /// True when the (raw, possibly percent-encoded) parameter name is a tracking parameter.
    static func isTracking(_ rawName: Substring) -> Bool {
        let raw = String(rawName)
        // Plain ASCII names (nearly all) need neither decoding nor Unicode case mapping.
        let name = UTF8Scan.isASCII(raw) && !UTF8Scan.contains(raw, byte: UInt8(ascii: "%"))
            ? UTF8Scan.asciiLowercased(raw) : (raw.percentDecoded ?? raw).lowercased()
        return names.contains(name) || prefixes.contains { name.hasPrefix($0) }
    }

    /// The query without tracking parameters and empty pairs, order kept; nil when nothing is left.
    static func strip(_ query: String) -> String? {
        if let decided = stripWholePairs(query) { return decided }
        let kept = query.split(separator: "&").filter { pair in
            let name = pair.prefix { $0 != "=" }
            return !isTracking(name)
        }
        return kept.isEmpty ? nil : kept.joined(separator: "&")
    }
}

extension TrackingParameters {
    /// `strip` for a query without empty pairs whose pairs are either all kept (the query comes back
    /// as it is) or all dropped (nil); `.none` otherwise, when the pairs must be joined anew.
    private static func stripWholePairs(_ query: String) -> String?? {
        // In ASCII, bytes are characters: `split` and `prefix` cannot see `&` or `=` joined to a mark.
        guard UTF8Scan.isASCII(query) else { return .none }
        var keptAny = false, droppedAny = false
        var query = query
        let shape: Bool = query.withUTF8 { bytes in
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "&") { end += 1 }
                guard end > start else { return false }  // an empty pair: `split` leaves it out
                var nameEnd = start
                while nameEnd < end, bytes[nameEnd] != UInt8(ascii: "=") { nameEnd += 1 }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<nameEnd]), as: UTF8.self)
                if isTracking(Substring(name)) { droppedAny = true } else { keptAny = true }
                if keptAny && droppedAny { return false }
                start = end + 1
            }
            return true
        }
        guard shape else { return .none }
        return .some(keptAny ? query : nil)
    }
}

extension String {
    /// Percent-decodes `%XX` sequences as UTF-8; nil when the result is not valid UTF-8.
    var percentDecoded: String? {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next(), let low = iterator.next(),
                  let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(value)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
