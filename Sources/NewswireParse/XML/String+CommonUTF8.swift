extension String {
    /// `String(decoding: utf8, as: UTF8.self)`, faster for text of ASCII and of two- and three-byte
    /// characters without range limits (most Latin, Cyrillic and CJK text): those are checked here a
    /// word at a time and copied unchecked; anything else goes to the standard library's validation.
    init(decodingCommonUTF8 utf8: UnsafeBufferPointer<UInt8>) {
        guard let isASCII = String.commonUTF8IsASCII(utf8) else {
            self = String(decoding: utf8, as: UTF8.self)
            return
        }
        self = String(copying: unsafe UTF8Span(unchecked: utf8.span, isKnownASCII: isASCII))
    }

    /// Whether `bytes` are all ASCII, when they hold only ASCII, C2–DF plus one continuation byte
    /// and E1–EC or EE–EF plus two (all well-formed whatever the continuation bytes); else nil.
    private static func commonUTF8IsASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        var isASCII = true
        while index < count {
            if index + 8 <= count,
               UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            isASCII = false
            if lead &- 0xC2 <= 0xDF - 0xC2 {
                guard index + 1 < count, base[index + 1] & 0xC0 == 0x80 else { return nil }
                index += 2
            } else if lead &- 0xE1 <= 0xEF - 0xE1, lead != 0xED {
                guard index + 2 < count, base[index + 1] & 0xC0 == 0x80,
                      base[index + 2] & 0xC0 == 0x80 else { return nil }
                index += 3
            } else {
                return nil
            }
        }
        return isASCII
    }
}
