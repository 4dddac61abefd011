/// Percent-encoding of the characters that may not appear raw in a URL.
enum PercentEncoding {
    /// Encodes controls, space, non-ASCII and `" < > \ ^ ` { | }` as UTF-8 `%XX`; existing escapes are kept.
    /// `#` is always encoded; `?` only when `keepingQuestionMark` is false (it would start a query).
    static func encodeInvalid(_ part: String, keepingQuestionMark: Bool) -> String {
        guard part.utf8.contains(where: { needsEncoding($0, keepingQuestionMark) }) else { return part }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(part.utf8.count + 16)
        for byte in part.utf8 {
            if needsEncoding(byte, keepingQuestionMark) {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsEncoding(_ byte: UInt8, _ keepingQuestionMark: Bool) -> Bool {
        switch byte {
        case 0...0x20, 0x7F...0xFF: return true
        case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
             UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "#"):
            return true
        case UInt8(ascii: "?"): return !keepingQuestionMark
        default: return false
        }
    }
}
