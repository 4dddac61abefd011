/// Percent-encoding of the characters that may not appear raw in a URL.
public enum URLPercentEncoding {
    /// `part` with controls, space, DEL, non-ASCII and `" < > \ ^ ` { | }` written as UTF-8 `%XX`, and
    /// also every ASCII character of `extra` (such as `#` and `?` inside a path); existing escapes are kept.
    public static func encodeInvalid(_ part: String, alsoEncoding extra: String = "") -> String {
        let extraBytes = Array(extra.utf8)
        guard part.utf8.contains(where: { needsEncoding($0, extraBytes) }) else { return part }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(part.utf8.count + 16)
        for byte in part.utf8 {
            if needsEncoding(byte, extraBytes) {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsEncoding(_ byte: UInt8, _ extra: [UInt8]) -> Bool {
        switch byte {
        case 0...0x20, 0x7F...0xFF: return true
        case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
             UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            return true
        default: return extra.contains(byte)
        }
    }
}
