/// Well-formed UTF-8 sequences as RFC 3629 defines them: no overlongs, surrogates or code points past U+10FFFF.
public enum UTF8Sequence {
    /// The length of the well-formed sequence whose lead byte (≥ 0x80) is at `index` of `bytes`, or nil.
    @inlinable
    public static func length(in bytes: UnsafeRawBufferPointer, at index: Int) -> Int? {
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch bytes[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count, bytes[index + 1] >= lower, bytes[index + 1] <= upper else { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }
}
