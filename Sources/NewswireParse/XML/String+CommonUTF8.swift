extension String {
    /// A string of bytes the caller has checked are all below 0x80, copied without checking them again.
    init(ascii: UnsafeBufferPointer<UInt8>) {
        self = String(copying: unsafe UTF8Span(unchecked: ascii.span, isKnownASCII: true))
    }

    /// A string of bytes the caller has checked are well-formed UTF-8 with a byte ≥ 0x80, copied
    /// without checking them again.
    init(wellFormedNonASCII utf8: UnsafeBufferPointer<UInt8>) {
        self = String(copying: unsafe UTF8Span(unchecked: utf8.span, isKnownASCII: false))
    }

    /// Whether `bytes` are all ASCII, when they hold only ASCII, C2–DF plus one continuation byte
    /// and E1–EC or EE–EF plus two (all well-formed whatever the continuation bytes); else nil.
    static func commonUTF8IsASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        var isASCII = true
        while index < count {
            // Long ASCII runs (most text) go 32 bytes per step: one test for four words.
            if index + 32 <= count {
                let raw = UnsafeRawPointer(base + index)
                if (raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0 {
                    index += 32
                    continue
                }
            }
            if index + 8 <= count {
                let high = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian
                    & 0x8080_8080_8080_8080
                guard high != 0 else {
                    index += 8
                    continue
                }
                index += high.trailingZeroBitCount >> 3  // to the first byte that is not ASCII
            }
            var lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            isASCII = false
            // A run of multi-byte characters (CJK text) stays in this loop.
            while lead >= 0x80 {
                // E1–EC or EE–EF and two continuation bytes (most CJK), tested as one word.
                if index + 4 <= count, lead != 0xE0, lead != 0xED,
                   UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self).littleEndian & 0x00C0_C0F0
                    == 0x0080_80E0 {
                    index += 3
                } else if lead &- 0xE1 <= 0xEF - 0xE1, lead != 0xED {
                    guard index + 2 < count, base[index + 1] & 0xC0 == 0x80,
                          base[index + 2] & 0xC0 == 0x80 else { return nil }
                    index += 3
                } else if lead &- 0xC2 <= 0xDF - 0xC2 {
                    guard index + 1 < count, base[index + 1] & 0xC0 == 0x80 else { return nil }
                    index += 2
                } else {
                    return nil
                }
                guard index < count else { return false }
                lead = base[index]
            }
            index += 1
        }
        return isASCII
    }
}
