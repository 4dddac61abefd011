import Foundation

/// Removes the C0 control characters XML 1.0 forbids (all below U+0020 except tab, line feed
/// and carriage return), which real feeds contain and which would stop libxml2.
enum XMLControlCharacters {
    /// `data` without the forbidden characters, or nil when it contains none (no copy made).
    static func strip(_ data: Data) -> Data? {
        let firstIllegal: Int? = data.withUnsafeBytes { raw in
            raw.firstIndex { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        }
        guard let firstIllegal else { return nil }
        var cleaned = Data(capacity: data.count)
        data.withUnsafeBytes { raw in
            cleaned.append(contentsOf: raw[..<firstIllegal])
            var runStart = firstIllegal + 1
            var position = runStart
            while position < raw.count {
                let byte = raw[position]
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                    cleaned.append(contentsOf: raw[runStart..<position])
                    runStart = position + 1
                }
                position += 1
            }
            cleaned.append(contentsOf: raw[runStart..<raw.count])
        }
        return cleaned
    }
}
