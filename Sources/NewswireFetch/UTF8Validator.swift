import NewswireModel

/// Checks that bytes are well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
enum UTF8Validator {
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            // ASCII runs are the common case: test eight bytes at a time, and jump to the first
            // byte that is not ASCII.
            if index + 16 <= count, (base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                | base.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0 {
                index += 16
                continue
            }
            if index + 8 <= count {
                let high = base.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian
                    & 0x8080_8080_8080_8080
                guard high != 0 else {
                    index += 8
                    continue
                }
                index += high.trailingZeroBitCount >> 3
            }
            var lead = base.load(fromByteOffset: index, as: UInt8.self)
            // A run of multi-byte characters (CJK text) stays in this loop.
            while lead >= 0x80 {
                // Three-byte sequences without range limits on the second byte (most of CJK
                // text): lead E1–EC or EE–EF, then two continuation bytes, read as one word.
                if lead &- 0xE1 <= 0x0E, lead != 0xED, index + 4 <= count,
                   base.loadUnaligned(fromByteOffset: index, as: UInt32.self).littleEndian & 0x00C0_C000
                    == 0x0080_8000 {
                    index += 3
                } else {
                    guard let length = UTF8Sequence.length(in: bytes, at: index) else { return false }
                    index += length
                }
                guard index < count else { return true }
                lead = base.load(fromByteOffset: index, as: UInt8.self)
            }
            index += 1
        }
        return true
    }

    /// How many multi-byte sequences are well-formed, how many bytes start none, and how many bytes
    /// are not ASCII, for telling UTF-8 with a few broken bytes from another encoding.
    static func multiByteCounts(_ bytes: UnsafeRawBufferPointer) -> (valid: Int, invalid: Int, nonASCII: Int) {
        var valid = 0
        var invalid = 0
        var nonASCII = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
            } else if let length = UTF8Sequence.length(in: bytes, at: index) {
                valid += 1
                nonASCII += length
                index += length
            } else {
                invalid += 1
                nonASCII += 1
                index += 1
            }
        }
        return (valid, invalid, nonASCII)
    }
}
