/// Percent-encoding of the characters that may not appear raw in a URL.
public enum URLPercentEncoding {
    /// `part` with controls, space, DEL, non-ASCII and `" < > \ ^ ` { | }` written as UTF-8 `%XX`, and
    /// also every ASCII character of `extra` (such as `#` and `?` inside a path); existing escapes are kept.
    public static func encodeInvalid(_ part: String, alsoEncoding extra: String = "") -> String {
        // The extra ASCII characters as a 128-bit set: no allocation per call, which runs on every URL.
        var extraLow: UInt64 = 0, extraHigh: UInt64 = 0
        for byte in extra.utf8 where byte < 0x80 {
            if byte < 64 { extraLow |= 1 << UInt64(byte) } else { extraHigh |= 1 << UInt64(byte - 64) }
        }
        func needs(_ byte: UInt8) -> Bool {
            if needsEncoding(byte) { return true }
            return byte < 64 ? extraLow & (1 << UInt64(byte)) != 0 : extraHigh & (1 << UInt64(byte - 64)) != 0
        }
        guard part.utf8.contains(where: needs) else { return part }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(part.utf8.count + 16)
        for byte in part.utf8 {
            if needs(byte) {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsEncoding(_ byte: UInt8) -> Bool {
        switch byte {
        case 0...0x20, 0x7F...0xFF: return true
        case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
             UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            return true
        default: return false
        }
    }
}
