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
                    guard let length = sequenceLength(bytes, at: index) else { return false }
                    index += length
                }
                guard index < count else { return true }
                lead = base.load(fromByteOffset: index, as: UInt8.self)
            }
            index += 1
        }
        return true
    }

    /// How many multi-byte sequences are well-formed and how many bytes start none, for telling
    /// UTF-8 with a few broken bytes from another encoding.
    static func multiByteCounts(_ bytes: UnsafeRawBufferPointer) -> (valid: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
            } else if let length = sequenceLength(bytes, at: index) {
                valid += 1
                index += length
            } else {
                invalid += 1
                index += 1
            }
        }
        return (valid, invalid)
    }

    /// The length of the well-formed sequence whose lead byte (≥ 0x80) is at `index`, or nil.
    private static func sequenceLength(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Int? {
        let lead = bytes[index]
        let count = bytes.count
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return nil
        }
        guard index + length <= count else { return nil }
        let second = bytes[index + 1]
        guard second >= lower, second <= upper else { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }
}
