/// Turns an IRI into the plain-ASCII URL the sitemap protocol asks for.
enum SitemapLocation {
    /// `s` with every non-ASCII byte, space, control character and `"<>\^`{|}` percent-encoded;
    /// existing `%XX` escapes are kept as they are.
    static func encode(_ s: String) -> String {
        guard s.utf8.contains(where: needsEncoding) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 32)
        for byte in s.utf8 {
            if needsEncoding(byte) {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsEncoding(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte >= 0x7F || unsafeASCII.contains(byte)
    }

    private static let unsafeASCII: Set<UInt8> = Set("\"<>\\^`{|}".utf8)
    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
